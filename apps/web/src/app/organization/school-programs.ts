import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, Injector, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CohortResponse, OrganizationProfileResponse, ProgramResponse } from '@techzone/contracts';
import { filter, switchMap } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { confirmAction } from '../shared/confirm-dialog';
import { CohortDialog, CohortDialogData } from './cohort-dialog';
import { OrganizationApi } from './organization.api';
import { ProgramDialog, ProgramDialogData } from './program-dialog';

/** A school's programmes (crebo or CROHO, level, route) with their cohorts: add, edit, delete. */
@Component({
  selector: 'tz-school-programs',
  imports: [DatePipe, MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <section aria-labelledby="programs-heading">
      <div class="title-row">
        <h2 id="programs-heading">{{ 'programs.title' | transloco }}</h2>
        <button type="button" mat-stroked-button (click)="editProgram(null)">
          <mat-icon aria-hidden="true" svgIcon="add" />
          {{ 'programs.add' | transloco }}
        </button>
      </div>
      @if (programs.hasValue()) {
        @for (program of programs.value(); track program.id) {
          <article class="program">
            <div class="program-head">
              <h3>{{ program.name }}</h3>
              <span class="meta">
                {{ 'vacancy.levels.' + program.level | transloco }}
                @if (program.route) {
                  · {{ program.route }}
                }
                @if (program.crebo) {
                  · crebo {{ program.crebo }}
                }
                @if (program.croho) {
                  · CROHO {{ program.croho }}
                }
              </span>
              <span class="spacer"></span>
              <button
                type="button"
                mat-button
                [attr.aria-label]="'programs.editLabel' | transloco: { name: program.name }"
                (click)="editProgram(program)"
              >
                {{ 'common.edit' | transloco }}
              </button>
              <button
                type="button"
                mat-button
                [attr.aria-label]="'programs.deleteLabel' | transloco: { name: program.name }"
                (click)="deleteProgram(program)"
              >
                {{ 'common.delete' | transloco }}
              </button>
            </div>
            <h4>{{ 'programs.cohorts' | transloco }}</h4>
            <ul class="cohorts">
              @for (cohort of program.cohorts; track cohort.id) {
                <li>
                  <span>
                    <strong>{{ cohort.name }}</strong>
                    {{ cohort.startDate | date: 'mediumDate' : undefined : lang() }} –
                    {{ cohort.endDate | date: 'mediumDate' : undefined : lang() }}
                  </span>
                  <button
                    type="button"
                    mat-icon-button
                    [attr.aria-label]="'programs.deleteCohortLabel' | transloco: { name: cohort.name }"
                    (click)="deleteCohort(program, cohort)"
                  >
                    <mat-icon aria-hidden="true" svgIcon="delete" />
                  </button>
                </li>
              } @empty {
                <li class="muted">{{ 'programs.noCohorts' | transloco }}</li>
              }
            </ul>
            <button type="button" mat-button (click)="addCohort(program)">
              <mat-icon aria-hidden="true" svgIcon="add" />
              {{ 'programs.addCohort' | transloco }}
            </button>
          </article>
        } @empty {
          <p class="muted">{{ 'programs.empty' | transloco }}</p>
        }
      } @else if (programs.error()) {
        <p class="tz-form-error" role="alert">{{ 'programs.loadError' | transloco }}</p>
      }
    </section>
  `,
  styles: `
    .title-row,
    .program-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .title-row h2,
    .program-head h3 {
      margin: 0;
    }
    .title-row {
      justify-content: space-between;
      margin-bottom: 12px;
    }
    .program {
      padding: 12px 16px;
      margin-bottom: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
    }
    h4 {
      margin: 8px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .spacer {
      flex: 1 1 auto;
    }
    .meta,
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .cohorts {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cohorts li {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchoolPrograms {
  private readonly api = inject(OrganizationApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).lang;

  readonly organization = input.required<OrganizationProfileResponse>();

  protected readonly programs = httpResource<ProgramResponse[]>(() =>
    this.api.url(this.organization().id, '/programs'),
  );

  protected editProgram(program: ProgramResponse | null): void {
    const id = this.organization().id;
    this.dialog
      .open<ProgramDialog, ProgramDialogData, ProgramResponse>(ProgramDialog, {
        data: {
          program,
          save: (input) =>
            program ? this.api.updateProgram(id, program.id, input) : this.api.createProgram(id, input),
        },
        width: '520px',
        maxWidth: 'calc(100vw - 32px)',
        injector: this.injector,
      })
      .afterClosed()
      .pipe(filter((saved) => saved !== undefined))
      .subscribe(() => this.programs.reload());
  }

  protected addCohort(program: ProgramResponse): void {
    const id = this.organization().id;
    this.dialog
      .open<CohortDialog, CohortDialogData, CohortResponse>(CohortDialog, {
        data: { programName: program.name, save: (input) => this.api.createCohort(id, program.id, input) },
        width: '440px',
        maxWidth: 'calc(100vw - 32px)',
        injector: this.injector,
      })
      .afterClosed()
      .pipe(filter((saved) => saved !== undefined))
      .subscribe(() => this.programs.reload());
  }

  protected deleteProgram(program: ProgramResponse): void {
    confirmAction(this.dialog, {
      titleKey: 'programs.confirmDeleteTitle',
      textKey: 'programs.confirmDeleteText',
      confirmKey: 'common.delete',
      params: { name: program.name },
    })
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.deleteProgram(this.organization().id, program.id)),
      )
      .subscribe({ next: () => this.programs.reload(), error: (error: unknown) => this.showError(error) });
  }

  protected deleteCohort(program: ProgramResponse, cohort: CohortResponse): void {
    confirmAction(this.dialog, {
      titleKey: 'programs.confirmDeleteCohortTitle',
      textKey: 'programs.confirmDeleteCohortText',
      confirmKey: 'common.delete',
      params: { name: cohort.name },
    })
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.deleteCohort(this.organization().id, program.id, cohort.id)),
      )
      .subscribe({ next: () => this.programs.reload(), error: (error: unknown) => this.showError(error) });
  }

  private showError(error: unknown): void {
    const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
    this.snackBar.open(this.transloco.translate(message.key, message.params), undefined, { duration: 8000 });
  }
}
