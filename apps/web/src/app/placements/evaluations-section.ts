import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  EVALUATION_KINDS,
  EVALUATION_LIMITS,
  EvaluationKind,
  EvaluationRating,
  EvaluationResponse,
  PlacementResponse,
} from '@techzone/contracts';
import { Observable } from 'rxjs';
import { TranslatableMessage } from '../core/api/translatable';
import { ControlErrorPipe } from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';
import { actionErrors } from '../shared/placements/placement-errors';
import { PlacementsApi } from '../shared/placements/placements.api';

type RatingRow = FormGroup<{
  workProcess: FormControl<string>;
  rating: FormControl<EvaluationRating | null>;
  comment: FormControl<string>;
}>;

const RATINGS: readonly EvaluationRating[] = [1, 2, 3, 4];

function ratingRow(value?: { workProcess: string; rating: EvaluationRating; comment: string | null }): RatingRow {
  return new FormGroup({
    workProcess: new FormControl(value?.workProcess ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(EVALUATION_LIMITS.workProcessMax)],
    }),
    rating: new FormControl<EvaluationRating | null>(value?.rating ?? null, { validators: Validators.required }),
    comment: new FormControl(value?.comment ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(EVALUATION_LIMITS.commentMax),
    }),
  });
}

/**
 * The midterm and final evaluations: the mentor rates work processes (1–4, with a comment) and sums up; the school's
 * supervisor or coordinator co-signs. Every party reads them.
 */
@Component({
  selector: 'tz-evaluations-section',
  imports: [
    ControlErrorPipe,
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    @for (kind of kinds; track kind) {
      @let evaluation = byKind()[kind];
      <section
        class="evaluation"
        [attr.data-testid]="'evaluation-' + kind"
        [attr.aria-labelledby]="'evaluation-' + kind"
      >
        <h3 [id]="'evaluation-' + kind">{{ 'placements.evaluations.kinds.' + kind | transloco }}</h3>
        @if (evaluation) {
          <div class="table-scroll">
            <table class="ratings">
              <thead>
                <tr>
                  <th scope="col">{{ 'placements.evaluations.workProcess' | transloco }}</th>
                  <th scope="col">{{ 'placements.evaluations.rating' | transloco }}</th>
                  <th scope="col">{{ 'placements.evaluations.comment' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of evaluation.ratings; track $index) {
                  <tr>
                    <td>{{ row.workProcess }}</td>
                    <td>{{ row.rating }} · {{ 'placements.evaluations.ratings.' + row.rating | transloco }}</td>
                    <td>{{ row.comment ?? '–' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p class="summary">{{ evaluation.summary }}</p>
          <p class="muted">
            {{
              'placements.evaluations.writtenBy'
                | transloco
                  : { name: evaluation.writtenBy, date: (evaluation.writtenAt | date: 'medium' : undefined : lang()) }
            }}
          </p>
          <p class="muted" data-testid="evaluation-cosign">
            @if (evaluation.cosignedAt) {
              {{
                'placements.evaluations.cosignedBy'
                  | transloco
                    : {
                        name: evaluation.cosignedBy ?? '',
                        date: (evaluation.cosignedAt | date: 'medium' : undefined : lang()),
                      }
              }}
            } @else {
              {{ 'placements.evaluations.notCosigned' | transloco }}
            }
          </p>
          @if (can('cosign_evaluation') && !evaluation.cosignedAt) {
            <button type="button" mat-flat-button [disabled]="busy()" (click)="cosign(kind)">
              {{ 'placements.evaluations.cosign' | transloco }}
            </button>
          }
        } @else {
          <p class="muted">{{ 'placements.evaluations.none' | transloco }}</p>
        }
        @if (writable(kind, evaluation) && editing() !== kind) {
          <button type="button" mat-stroked-button (click)="edit(kind, evaluation)">
            {{ (evaluation ? 'placements.evaluations.rewrite' : 'placements.evaluations.write') | transloco }}
          </button>
        }
        @if (editing() === kind) {
          <form
            class="write"
            [formGroup]="form"
            (ngSubmit)="save(kind)"
            novalidate
            [attr.data-testid]="'evaluation-form-' + kind"
          >
            <fieldset>
              <legend>{{ 'placements.evaluations.ratingsLegend' | transloco }}</legend>
              @for (row of rows.controls; track row; let index = $index) {
                <div class="row" [formGroup]="row" data-testid="rating-row">
                  <mat-form-field class="process">
                    <mat-label>{{ 'placements.evaluations.workProcessN' | transloco: { n: index + 1 } }}</mat-label>
                    <input matInput formControlName="workProcess" required [maxlength]="limits.workProcessMax" />
                    @if (row.controls.workProcess.errors | tzControlError; as error) {
                      <mat-error>{{ error.key | transloco: error.params }}</mat-error>
                    }
                  </mat-form-field>
                  <mat-form-field class="rating">
                    <mat-label>{{ 'placements.evaluations.ratingN' | transloco: { n: index + 1 } }}</mat-label>
                    <mat-select formControlName="rating" required>
                      @for (rating of ratings; track rating) {
                        <mat-option [value]="rating"
                          >{{ rating }} · {{ 'placements.evaluations.ratings.' + rating | transloco }}</mat-option
                        >
                      }
                    </mat-select>
                    @if (row.controls.rating.errors | tzControlError; as error) {
                      <mat-error>{{ error.key | transloco: error.params }}</mat-error>
                    }
                  </mat-form-field>
                  <mat-form-field class="comment">
                    <mat-label>{{ 'placements.evaluations.commentN' | transloco: { n: index + 1 } }}</mat-label>
                    <input matInput formControlName="comment" [maxlength]="limits.commentMax" />
                  </mat-form-field>
                  @if (rows.length > 1) {
                    <button
                      type="button"
                      mat-icon-button
                      [attr.aria-label]="'placements.evaluations.removeRow' | transloco: { n: index + 1 }"
                      (click)="rows.removeAt(index)"
                    >
                      <mat-icon aria-hidden="true" svgIcon="delete" />
                    </button>
                  }
                </div>
              }
              @if (rows.length < limits.ratingsMax) {
                <button type="button" mat-button (click)="rows.push(newRow())">
                  <mat-icon aria-hidden="true" svgIcon="add" />
                  {{ 'placements.evaluations.addRow' | transloco }}
                </button>
              }
            </fieldset>
            <mat-form-field class="summary-field">
              <mat-label>{{ 'placements.evaluations.summary' | transloco }}</mat-label>
              <textarea matInput formControlName="summary" rows="4" required [maxlength]="limits.summaryMax"></textarea>
              @if (form.controls.summary.errors | tzControlError; as error) {
                <mat-error>{{ error.key | transloco: error.params }}</mat-error>
              }
            </mat-form-field>
            <div class="buttons">
              <button type="button" mat-button (click)="editing.set(null)">{{ 'common.cancel' | transloco }}</button>
              <button type="submit" mat-flat-button [disabled]="busy()" [attr.aria-busy]="busy()">
                {{ 'placements.evaluations.save' | transloco }}
              </button>
            </div>
          </form>
        }
      </section>
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
    .evaluation {
      margin-bottom: 24px;
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      margin: 4px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .table-scroll {
      overflow-x: auto;
    }
    .ratings {
      width: 100%;
      border-collapse: collapse;
    }
    .ratings th,
    .ratings td {
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
    }
    .summary {
      margin: 12px 0 4px;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    fieldset {
      margin: 12px 0;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    legend {
      padding: 0 4px;
      font-weight: 700;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 12px;
    }
    .process {
      flex: 3 1 220px;
    }
    .rating {
      flex: 1 1 160px;
    }
    .comment {
      flex: 3 1 220px;
    }
    .summary-field {
      width: 100%;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .tz-form-error p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationsSection {
  private readonly api = inject(PlacementsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).lang;

  readonly placement = input.required<PlacementResponse>();
  /** An evaluation was written or co-signed (the placement's actions may change, e.g. complete). */
  readonly changed = output<void>();

  protected readonly kinds = EVALUATION_KINDS;
  protected readonly ratings = RATINGS;
  protected readonly limits = EVALUATION_LIMITS;
  protected readonly evaluations = httpResource<EvaluationResponse[]>(() =>
    this.api.url(this.placement().id, '/evaluations'),
  );
  protected readonly byKind = computed(() => {
    const result: Partial<Record<EvaluationKind, EvaluationResponse>> = {};
    for (const evaluation of this.evaluations.hasValue() ? this.evaluations.value() : []) {
      result[evaluation.kind] = evaluation;
    }
    return result;
  });
  protected readonly rows = new FormArray<RatingRow>([ratingRow()]);
  protected readonly form = new FormGroup({
    rows: this.rows,
    summary: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(EVALUATION_LIMITS.summaryMax)],
    }),
  });
  protected readonly editing = signal<EvaluationKind | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);
  protected readonly newRow = () => ratingRow();

  protected can(action: PlacementResponse['actions'][number]): boolean {
    return this.placement().actions.includes(action);
  }

  /** The mentor may write an evaluation until it is co-signed; the final one once the midterm exists. */
  protected writable(kind: EvaluationKind, evaluation: EvaluationResponse | undefined): boolean {
    if (!this.can('evaluate') || evaluation?.cosignedAt) {
      return false;
    }
    return kind === 'midterm' || this.byKind().midterm !== undefined;
  }

  protected edit(kind: EvaluationKind, evaluation: EvaluationResponse | undefined): void {
    this.rows.clear();
    for (const rating of evaluation?.ratings ?? [undefined]) {
      this.rows.push(ratingRow(rating));
    }
    this.form.controls.summary.reset(evaluation?.summary ?? '');
    this.errors.set([]);
    this.editing.set(kind);
  }

  protected save(kind: EvaluationKind): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.run(
      this.api.writeEvaluation(this.placement().id, kind, {
        ratings: value.rows.map((row) => ({
          workProcess: row.workProcess.trim(),
          rating: row.rating ?? 1,
          comment: row.comment.trim() || null,
        })),
        summary: value.summary.trim(),
      }),
      'placements.evaluations.saved',
    );
  }

  protected cosign(kind: EvaluationKind): void {
    this.run(this.api.cosignEvaluation(this.placement().id, kind), 'placements.evaluations.cosigned');
  }

  private run(call: Observable<EvaluationResponse[]>, doneKey: string): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.errors.set([]);
    call.subscribe({
      next: (evaluations) => {
        this.busy.set(false);
        this.editing.set(null);
        this.evaluations.set(evaluations);
        this.changed.emit();
        this.snackBar.open(this.transloco.translate(doneKey), undefined, { duration: 5000 });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.errors.set(actionErrors(error));
      },
    });
  }
}
