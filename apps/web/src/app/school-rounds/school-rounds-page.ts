import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ProgramResponse, RoundDetailResponse, RoundSummaryResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { membershipOf } from '../shared/memberships';
import { roundPhase, SHORT_DATE_TIME_FORMAT } from '../shared/rounds/round-text';
import { RoundsApi } from '../shared/rounds/rounds.api';
import { RoundEditor } from './round-editor';
import { cohortGroups, RoundFormValue } from './round-form';

/** /school/rondes: the school's placement rounds, and a new one. */
@Component({
  selector: 'tz-school-rounds-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatTableModule,
    RoundEditor,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    <div class="tz-container tz-page">
      <div class="title-row">
        <h1>{{ 'schoolRounds.title' | transloco }}</h1>
        @if (membership() && !creating()) {
          <button type="button" mat-flat-button data-testid="new-round" (click)="creating.set(true)">
            <mat-icon aria-hidden="true" svgIcon="add" />
            {{ 'schoolRounds.new' | transloco }}
          </button>
        }
      </div>
      <p class="intro">{{ 'schoolRounds.intro' | transloco }}</p>

      @if (!membership()) {
        <p>{{ 'schoolRounds.noSchool' | transloco }}</p>
      } @else {
        @if (creating()) {
          <section class="create" aria-labelledby="create-heading">
            <h2 id="create-heading">{{ 'schoolRounds.newTitle' | transloco }}</h2>
            <tz-round-editor
              [cohorts]="cohorts()"
              [save]="create"
              (saved)="created($event)"
              (cancelled)="creating.set(false)"
            />
          </section>
        }

        @if (loadError(); as error) {
          <div class="tz-form-error" role="alert">
            <p>{{ error.key | transloco: error.params }}</p>
            <button type="button" mat-stroked-button (click)="rounds.reload()">{{ 'common.retry' | transloco }}</button>
          </div>
        } @else if (rounds.hasValue()) {
          @let list = rounds.value();
          @if (list.length === 0) {
            <p class="muted" data-testid="rounds-empty">{{ 'schoolRounds.empty' | transloco }}</p>
          } @else {
            <div class="table-scroll">
              <table mat-table [dataSource]="list" data-testid="rounds-table">
                <ng-container matColumnDef="name">
                  <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.columns.name' | transloco }}</th>
                  <td mat-cell *matCellDef="let r">
                    <a [routerLink]="['/school/rondes', r.id]">{{ r.name }}</a>
                  </td>
                </ng-container>
                <ng-container matColumnDef="cohort">
                  <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.columns.cohort' | transloco }}</th>
                  <td mat-cell *matCellDef="let r">{{ r.cohort.programName }} · {{ r.cohort.name }}</td>
                </ng-container>
                <ng-container matColumnDef="status">
                  <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.columns.status' | transloco }}</th>
                  <td mat-cell *matCellDef="let r">
                    @let phase = phaseOf(r);
                    <span [class]="'tz-status tz-round-' + phase">{{ 'rounds.phase.' + phase | transloco }}</span>
                  </td>
                </ng-container>
                <ng-container matColumnDef="deadline">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'schoolRounds.columns.deadline' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let r">{{ r.deadline | date: dateFormat : undefined : lang() }}</td>
                </ng-container>
                <ng-container matColumnDef="places">
                  <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.columns.places' | transloco }}</th>
                  <td mat-cell *matCellDef="let r">
                    {{ 'schoolRounds.placesCount' | transloco: { vacancies: r.vacancyCount, positions: r.positions } }}
                  </td>
                </ng-container>
                <ng-container matColumnDef="students">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'schoolRounds.columns.students' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let r">
                    {{ 'schoolRounds.rankedCount' | transloco: { ranked: r.rankedCount, students: r.studentCount } }}
                  </td>
                </ng-container>
                <tr mat-header-row *matHeaderRowDef="columns"></tr>
                <tr mat-row *matRowDef="let row; columns: columns" data-testid="round-row"></tr>
              </table>
            </div>
          }
        } @else {
          <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
        }
      }
    </div>
  `,
  styles: `
    .title-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      margin-bottom: 8px;
    }
    .title-row h1 {
      margin: 0;
    }
    .intro {
      max-width: 760px;
      margin: 0 0 20px;
      color: var(--mat-sys-on-surface-variant);
    }
    .create {
      margin-bottom: 32px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 760px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchoolRoundsPage {
  private readonly api = inject(RoundsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).lang;
  protected readonly dateFormat = SHORT_DATE_TIME_FORMAT;

  protected readonly columns = ['name', 'cohort', 'status', 'deadline', 'places', 'students'];
  protected readonly membership = computed(() => membershipOf(this.auth.user(), 'school'));
  protected readonly rounds = httpResource<RoundSummaryResponse[]>(() => {
    const membership = this.membership();
    return membership ? this.api.schoolRoundsUrl(membership.organizationId) : undefined;
  });
  private readonly programs = httpResource<ProgramResponse[]>(() => {
    const membership = this.membership();
    return membership && this.creating() ? this.api.programsUrl(membership.organizationId) : undefined;
  });
  protected readonly cohorts = computed(() => cohortGroups(this.programs.hasValue() ? this.programs.value() : []));
  protected readonly loadError = computed(() => {
    const error = this.rounds.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly creating = signal(false);
  protected readonly phaseOf = roundPhase;

  protected readonly create = (value: RoundFormValue) =>
    this.api.create(this.membership()?.organizationId ?? '', {
      name: value.name,
      cohortId: value.cohortId ?? '',
      deadline: value.deadline,
      maxChoices: value.maxChoices,
      vacancies: value.vacancies,
    });

  protected created(round: RoundDetailResponse): void {
    this.snackBar.open(this.transloco.translate('schoolRounds.created', { name: round.name }), undefined, {
      duration: 5000,
    });
    void this.router.navigate(['/school/rondes', round.id]);
  }
}
