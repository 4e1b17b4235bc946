import { DecimalPipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { HOURS_LIMITS, HoursEntryResponse, HoursProgressResponse, PlacementResponse } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe } from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';
import { toIsoDate } from '../shared/dates';
import { actionErrors } from '../shared/placements/placement-errors';
import { loggableWeeks, progressPercent, weekEndOf } from '../shared/placements/placement-logic';
import { PlacementsApi } from '../shared/placements/placements.api';

/**
 * Hours of a placement: progress towards the required hours for every party; the student logs a week's hours, the
 * mentor (or the company's owner or recruiter) approves them or rejects them with a comment.
 */
@Component({
  selector: 'tz-hours-section',
  imports: [
    ControlErrorPipe,
    DecimalPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    @if (hours.hasValue()) {
      @let h = hours.value();
      <div class="progress" data-testid="hours-progress">
        <p id="hours-progress-label">
          {{
            'placements.hours.progress'
              | transloco
                : {
                    approved: (h.approvedHours | number: '1.0-1' : lang()),
                    required: (h.requiredHours | number: '1.0-1' : lang()),
                    percent: percent(),
                  }
          }}
        </p>
        <mat-progress-bar mode="determinate" [value]="percent()" aria-labelledby="hours-progress-label" />
        @if (h.submittedHours > 0) {
          <p class="muted">
            {{ 'placements.hours.awaiting' | transloco: { hours: (h.submittedHours | number: '1.0-1' : lang()) } }}
          </p>
        }
      </div>

      @if (can('log_hours')) {
        <form class="log" [formGroup]="form" (ngSubmit)="log()" novalidate data-testid="log-hours">
          <h3>{{ 'placements.hours.logTitle' | transloco }}</h3>
          @if (weeks().length === 0) {
            <p class="muted">{{ 'placements.hours.noWeeks' | transloco }}</p>
          } @else {
            <div class="fields">
              <mat-form-field class="week">
                <mat-label>{{ 'placements.hours.week' | transloco }}</mat-label>
                <mat-select formControlName="weekStart" required>
                  @for (week of weeks(); track week) {
                    <mat-option [value]="week">{{ weekLabel(week) }}</mat-option>
                  }
                </mat-select>
                <mat-hint>{{ 'placements.hours.weekHint' | transloco }}</mat-hint>
                @if (form.controls.weekStart.errors | tzControlError; as error) {
                  <mat-error>{{ error.key | transloco: error.params }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field class="amount">
                <mat-label>{{ 'placements.hours.hours' | transloco }}</mat-label>
                <input matInput type="number" formControlName="hours" min="0" [max]="limits.max" step="0.5" required />
                @if (form.controls.hours.errors | tzControlError; as error) {
                  <mat-error>{{ error.key | transloco: error.params }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field class="note">
                <mat-label>{{ 'placements.hours.note' | transloco }}</mat-label>
                <input matInput formControlName="note" [maxlength]="limits.noteMax" />
                @if (form.controls.note.errors | tzControlError; as error) {
                  <mat-error>{{ error.key | transloco: error.params }}</mat-error>
                }
              </mat-form-field>
            </div>
            <button type="submit" mat-flat-button [disabled]="busy()" [attr.aria-busy]="busy()">
              {{ 'placements.hours.submit' | transloco }}
            </button>
          }
        </form>
      }

      @if (errors().length > 0) {
        <div class="tz-form-error" role="alert">
          @for (message of errors(); track message.key) {
            <p>{{ message.key | transloco: message.params }}</p>
          }
        </div>
      }

      @if (h.entries.length === 0) {
        <p class="muted">{{ 'placements.hours.empty' | transloco }}</p>
      } @else {
        <ul class="entries" data-testid="hours-entries">
          @for (entry of h.entries; track entry.weekStart) {
            <li class="entry" data-testid="hours-entry" [attr.data-week]="entry.weekStart">
              <div class="line">
                <strong>{{ weekLabel(entry.weekStart) }}</strong>
                <span>{{
                  'placements.hoursValue' | transloco: { hours: (entry.hours | number: '1.0-1' : lang()) }
                }}</span>
                <span [class]="'tz-status tz-hours-' + entry.status" data-testid="hours-status">{{
                  'placements.hours.statuses.' + entry.status | transloco
                }}</span>
              </div>
              @if (entry.note) {
                <p class="text">{{ 'placements.hours.noteOf' | transloco: { note: entry.note } }}</p>
              }
              @if (entry.comment) {
                <p class="text">
                  {{
                    'placements.hours.commentOf' | transloco: { name: entry.reviewedBy ?? '', comment: entry.comment }
                  }}
                </p>
              }
              @if (can('review_hours') && entry.status === 'submitted') {
                @if (rejecting() === entry.weekStart) {
                  <form class="review" [formGroup]="reviewForm" (ngSubmit)="review(entry, false)" novalidate>
                    <mat-form-field>
                      <mat-label>{{ 'placements.hours.comment' | transloco }}</mat-label>
                      <input matInput [formControl]="comment" required [maxlength]="limits.noteMax" />
                      <mat-hint>{{ 'placements.hours.commentHint' | transloco }}</mat-hint>
                      @if (comment.errors | tzControlError; as error) {
                        <mat-error>{{ error.key | transloco: error.params }}</mat-error>
                      }
                    </mat-form-field>
                    <div class="buttons">
                      <button type="button" mat-button (click)="rejecting.set(null)">
                        {{ 'common.cancel' | transloco }}
                      </button>
                      <button type="submit" mat-flat-button [disabled]="busy()">
                        {{ 'placements.hours.reject' | transloco }}
                      </button>
                    </div>
                  </form>
                } @else {
                  <div class="buttons">
                    <button
                      type="button"
                      mat-flat-button
                      [disabled]="busy()"
                      [attr.aria-label]="
                        'placements.hours.approveWeek' | transloco: { week: weekLabel(entry.weekStart) }
                      "
                      (click)="review(entry, true)"
                    >
                      {{ 'placements.hours.approve' | transloco }}
                    </button>
                    <button
                      type="button"
                      mat-stroked-button
                      [disabled]="busy()"
                      [attr.aria-label]="
                        'placements.hours.rejectWeek' | transloco: { week: weekLabel(entry.weekStart) }
                      "
                      (click)="startReject(entry)"
                    >
                      {{ 'placements.hours.reject' | transloco }}
                    </button>
                  </div>
                }
              }
            </li>
          }
        </ul>
      }
    } @else if (hours.error()) {
      <p class="tz-form-error" role="alert">{{ 'errors.unexpected' | transloco }}</p>
    }
  `,
  styles: `
    .progress p {
      margin: 0 0 8px;
    }
    .progress .muted {
      margin-top: 8px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    h3 {
      margin: 20px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
    }
    .week {
      flex: 2 1 240px;
    }
    .amount {
      flex: 1 1 100px;
    }
    .note {
      flex: 3 1 240px;
    }
    .entries {
      margin: 20px 0 0;
      padding: 0;
      list-style: none;
    }
    .entry {
      padding: 12px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: center;
    }
    .text {
      margin: 4px 0 0;
      overflow-wrap: anywhere;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
    .review mat-form-field {
      width: 100%;
      margin-top: 8px;
    }
    .tz-form-error {
      margin-top: 12px;
    }
    .tz-form-error p {
      margin: 0;
    }
    .tz-hours-approved {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .tz-hours-rejected {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HoursSection {
  private readonly api = inject(PlacementsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).lang;

  readonly placement = input.required<PlacementResponse>();

  protected readonly limits = HOURS_LIMITS;
  protected readonly hours = httpResource<HoursProgressResponse>(() => this.api.url(this.placement().id, '/hours'));
  protected readonly percent = computed(() =>
    this.hours.hasValue() ? progressPercent(this.hours.value().approvedHours, this.hours.value().requiredHours) : 0,
  );
  protected readonly weeks = computed(() => {
    const p = this.placement();
    const entries = this.hours.hasValue() ? this.hours.value().entries : [];
    return loggableWeeks(p.startDate, p.endDate, toIsoDate(new Date()) ?? '', entries);
  });
  protected readonly form = new FormGroup({
    weekStart: new FormControl<string | null>(null, { validators: Validators.required }),
    hours: new FormControl<number | null>(null, {
      validators: [Validators.required, Validators.min(0), Validators.max(HOURS_LIMITS.max)],
    }),
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(HOURS_LIMITS.noteMax) }),
  });
  protected readonly comment = new FormControl('', { nonNullable: true, validators: Validators.required });
  protected readonly reviewForm = new FormGroup({ comment: this.comment });
  protected readonly rejecting = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  protected can(action: PlacementResponse['actions'][number]): boolean {
    return this.placement().actions.includes(action);
  }

  /** "Week of Monday 2 November 2026 – 8 November". */
  protected weekLabel(monday: string): string {
    const format = (iso: string, pattern: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(this.lang() === 'en' ? 'en-GB' : 'nl-NL', { ...pattern, timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    return this.transloco.translate('placements.hours.weekLabel', {
      start: format(monday, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
      end: format(weekEndOf(monday), { day: 'numeric', month: 'short' }),
    });
  }

  protected log(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const note = value.note.trim();
    this.run(
      this.api.logHours(this.placement().id, value.weekStart ?? '', { hours: value.hours ?? 0, note: note || null }),
      'placements.hours.logged',
      true,
    );
  }

  protected startReject(entry: HoursEntryResponse): void {
    this.comment.reset();
    this.rejecting.set(entry.weekStart);
  }

  protected review(entry: HoursEntryResponse, approve: boolean): void {
    const comment = this.comment.value.trim();
    if (!approve && !comment) {
      this.comment.setErrors({ required: true });
      this.comment.markAsTouched();
      return;
    }
    this.run(
      this.api.reviewHours(this.placement().id, entry.weekStart, approve ? { approve } : { approve, comment }),
      approve ? 'placements.hours.approved' : 'placements.hours.rejected',
    );
  }

  private run(call: Observable<HoursProgressResponse>, doneKey: string, isLog = false): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.errors.set([]);
    call.subscribe({
      next: (progress) => {
        this.busy.set(false);
        this.rejecting.set(null);
        this.hours.set(progress);
        if (isLog) {
          this.form.reset({ weekStart: null, hours: null, note: '' });
        }
        this.snackBar.open(this.transloco.translate(doneKey), undefined, { duration: 5000 });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (isLog) {
          const mapped = mapApiError(error, { fields: ['weekStart', 'hours', 'note'] });
          applyServerErrors(this.form.controls, mapped.fields);
          this.errors.set(mapped.form);
        } else {
          this.errors.set(actionErrors(error));
        }
      },
    });
  }
}
