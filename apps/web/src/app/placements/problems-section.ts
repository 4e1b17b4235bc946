import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PlacementResponse, ReportResponse } from '@techzone/contracts';
import { TranslatableMessage } from '../core/api/translatable';
import { ControlErrorPipe } from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';
import { actionErrors } from '../shared/placements/placement-errors';
import { PlacementsApi } from '../shared/placements/placements.api';

const DESCRIPTION_MAX = 2000;

/** Problems with a placement, raised by any party and seen by all of them (the school is notified). */
@Component({
  selector: 'tz-problems-section',
  imports: [
    ControlErrorPipe,
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    @if (problems.hasValue()) {
      @if (problems.value().length === 0) {
        <p class="muted">{{ 'placements.problems.empty' | transloco }}</p>
      } @else {
        <ul class="problems" data-testid="problems">
          @for (problem of problems.value(); track problem.id) {
            <li>
              <p class="text">{{ problem.description }}</p>
              <p class="muted">
                {{
                  'placements.problems.by'
                    | transloco
                      : { name: problem.reporter.name, date: (problem.createdAt | date: 'medium' : undefined : lang()) }
                }}
              </p>
            </li>
          }
        </ul>
      }
    }
    @if (can()) {
      <form [formGroup]="form" (ngSubmit)="report()" novalidate>
        <mat-form-field class="description">
          <mat-label>{{ 'placements.problems.description' | transloco }}</mat-label>
          <textarea matInput [formControl]="description" rows="3" required [maxlength]="max"></textarea>
          <mat-hint>{{ 'placements.problems.hint' | transloco }}</mat-hint>
          @if (description.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        <button type="submit" mat-stroked-button [disabled]="busy()" [attr.aria-busy]="busy()">
          {{ 'placements.problems.send' | transloco }}
        </button>
      </form>
    }
    @if (errors().length > 0) {
      <div class="tz-form-error" role="alert">
        @for (message of errors(); track message.key) {
          <p>{{ message.key | transloco: message.params }}</p>
        }
      </div>
    }
  `,
  styles: `
    .muted {
      margin: 2px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .problems {
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    .problems li {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .text {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .description {
      width: 100%;
      margin-top: 8px;
    }
    .tz-form-error {
      margin-top: 12px;
    }
    .tz-form-error p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProblemsSection {
  private readonly api = inject(PlacementsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).lang;

  readonly placement = input.required<PlacementResponse>();
  readonly changed = output<void>();

  protected readonly max = DESCRIPTION_MAX;
  protected readonly problems = httpResource<ReportResponse[]>(() => this.api.url(this.placement().id, '/problems'));
  protected readonly description = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(DESCRIPTION_MAX)],
  });
  /** Binds the <form> so that Angular handles its submit (no native page submit). */
  protected readonly form = new FormGroup({ description: this.description });
  protected readonly busy = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  protected can(): boolean {
    return this.placement().actions.includes('report_problem');
  }

  protected report(): void {
    const description = this.description.value.trim();
    if (!description || this.busy()) {
      this.description.setErrors(description ? null : { required: true });
      this.description.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.errors.set([]);
    this.api.reportProblem(this.placement().id, description).subscribe({
      next: (problems) => {
        this.busy.set(false);
        this.problems.set(problems);
        this.description.reset();
        this.snackBar.open(this.transloco.translate('placements.problems.sent'), undefined, { duration: 5000 });
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.errors.set(actionErrors(error));
      },
    });
  }
}
