import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { PLACEMENT_HOURS, PlacementResponse } from '@techzone/contracts';
import { filter, Observable } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe, dateOrderValidator } from '../core/forms/control-error';
import { confirmAction } from '../shared/confirm-dialog';
import { fromIsoDate, toIsoDate } from '../shared/dates';
import { actionErrors } from '../shared/placements/placement-errors';
import { PlacementsApi } from '../shared/placements/placements.api';

/**
 * The school's checks of a placement (accreditation, period, hours) for every party; for the coordinator also the
 * period and hours to correct, and approve or reject (with a note for the student and the company).
 */
@Component({
  selector: 'tz-placement-checks',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    @let p = placement();
    <ul class="checks" data-testid="placement-checks">
      @for (check of p.checks; track check.check) {
        <li [class.ok]="check.ok" [attr.data-check]="check.check">
          <mat-icon aria-hidden="true" [svgIcon]="check.ok ? 'check_circle' : 'error'" />
          <span>
            <strong>{{ 'placements.checks.' + check.check + '.title' | transloco }}:</strong>
            {{
              (check.ok
                ? 'placements.checks.ok'
                : 'placements.checks.' + check.check + '.' + (check.problem ?? 'unknown')
              ) | transloco
            }}
          </span>
        </li>
      }
    </ul>

    @if (can('edit')) {
      <form class="edit" [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="placement-edit">
        <h3>{{ 'placements.edit.title' | transloco }}</h3>
        @if (p.agreement) {
          <p class="hint">{{ 'placements.edit.newVersion' | transloco }}</p>
        }
        <div class="fields">
          <mat-form-field>
            <mat-label>{{ 'placements.edit.startDate' | transloco }}</mat-label>
            <input matInput formControlName="startDate" [matDatepicker]="startPicker" required />
            <mat-hint>{{ 'common.dateHint' | transloco }}</mat-hint>
            <mat-datepicker-toggle matIconSuffix [for]="startPicker" />
            <mat-datepicker #startPicker />
            @if (form.controls.startDate.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'placements.edit.endDate' | transloco }}</mat-label>
            <input matInput formControlName="endDate" [matDatepicker]="endPicker" required />
            <mat-hint>{{ 'common.dateHint' | transloco }}</mat-hint>
            <mat-datepicker-toggle matIconSuffix [for]="endPicker" />
            <mat-datepicker #endPicker />
            @if (form.controls.endDate.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'placements.edit.hoursPerWeek' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              formControlName="hoursPerWeek"
              [min]="hoursLimits.min"
              [max]="hoursLimits.max"
              required
            />
            <mat-hint>{{ 'placements.edit.hoursHint' | transloco: hoursLimits }}</mat-hint>
            @if (form.controls.hoursPerWeek.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
        </div>
        @if (form.errors?.['dateOrder'] && form.touched) {
          <p class="tz-form-error" role="alert">{{ 'errors.codes.dateOrder' | transloco }}</p>
        }
        <button type="submit" mat-stroked-button [disabled]="busy()" [attr.aria-busy]="busy()">
          {{ 'placements.edit.save' | transloco }}
        </button>
      </form>
    }

    @if (errors().length > 0) {
      <div class="tz-form-error" role="alert" data-testid="checks-error">
        @for (message of errors(); track message.key) {
          <p>{{ message.key | transloco: message.params }}</p>
        }
      </div>
    }

    @if (can('approve') || can('reject')) {
      <div class="decide">
        @if (can('approve')) {
          <button type="button" mat-flat-button [disabled]="busy()" data-testid="approve" (click)="approve()">
            {{ 'placements.review.approve' | transloco }}
          </button>
        }
        @if (can('reject') && !rejecting()) {
          <button type="button" mat-stroked-button [disabled]="busy()" (click)="rejecting.set(true)">
            {{ 'placements.review.reject' | transloco }}
          </button>
        }
      </div>
      @if (rejecting()) {
        <form class="reject" [formGroup]="rejectForm" (ngSubmit)="reject()" novalidate>
          <mat-form-field>
            <mat-label>{{ 'placements.review.note' | transloco }}</mat-label>
            <textarea matInput [formControl]="note" rows="3" required maxlength="1000"></textarea>
            <mat-hint>{{ 'placements.review.noteHint' | transloco }}</mat-hint>
            @if (note.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <div class="decide">
            <button type="button" mat-button (click)="rejecting.set(false)">{{ 'common.cancel' | transloco }}</button>
            <button type="submit" mat-flat-button [disabled]="busy()">
              {{ 'placements.review.confirmReject' | transloco }}
            </button>
          </div>
        </form>
      }
    }
  `,
  styles: `
    .checks {
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    .checks li {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin-bottom: 6px;
    }
    .checks mat-icon {
      flex: 0 0 auto;
      color: var(--mat-sys-error);
    }
    .checks li.ok mat-icon {
      color: var(--mat-sys-primary);
    }
    h3 {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .hint {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
    }
    .fields mat-form-field {
      flex: 1 1 180px;
    }
    .decide {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      margin-top: 16px;
    }
    .reject mat-form-field {
      width: 100%;
      margin-top: 12px;
    }
    .tz-form-error p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementChecks {
  private readonly api = inject(PlacementsApi);
  private readonly dialog = inject(MatDialog);

  readonly placement = input.required<PlacementResponse>();
  readonly changed = output<PlacementResponse>();

  protected readonly hoursLimits = PLACEMENT_HOURS;
  protected readonly form = new FormGroup(
    {
      startDate: new FormControl<Date | null>(null, { validators: Validators.required }),
      endDate: new FormControl<Date | null>(null, { validators: Validators.required }),
      hoursPerWeek: new FormControl<number | null>(null, {
        validators: [Validators.required, Validators.min(PLACEMENT_HOURS.min), Validators.max(PLACEMENT_HOURS.max)],
      }),
    },
    { validators: dateOrderValidator('startDate', 'endDate') },
  );
  protected readonly note = new FormControl('', { nonNullable: true, validators: Validators.required });
  protected readonly rejectForm = new FormGroup({ note: this.note });
  protected readonly busy = signal(false);
  protected readonly rejecting = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  constructor() {
    effect(() => {
      const p = this.placement();
      this.form.reset({
        startDate: fromIsoDate(p.startDate),
        endDate: fromIsoDate(p.endDate),
        hoursPerWeek: p.hoursPerWeek,
      });
    });
  }

  protected can(action: PlacementResponse['actions'][number]): boolean {
    return this.placement().actions.includes(action);
  }

  protected save(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.run(
      this.api.update(this.placement().id, {
        startDate: toIsoDate(value.startDate) ?? undefined,
        endDate: toIsoDate(value.endDate) ?? undefined,
        hoursPerWeek: value.hoursPerWeek ?? undefined,
      }),
      true,
    );
  }

  protected approve(): void {
    const p = this.placement();
    confirmAction(this.dialog, {
      titleKey: 'placements.review.confirmApproveTitle',
      textKey: 'placements.review.confirmApproveText',
      confirmKey: 'placements.review.approve',
      params: { student: p.student.name, company: p.company.name },
    })
      .pipe(filter((confirmed) => confirmed === true))
      .subscribe(() => this.run(this.api.approve(p.id)));
  }

  protected reject(): void {
    const note = this.note.value.trim();
    if (!note) {
      this.note.setErrors({ required: true });
      this.note.markAsTouched();
      return;
    }
    this.run(this.api.reject(this.placement().id, note));
  }

  private run(call: Observable<PlacementResponse>, isEdit = false): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.errors.set([]);
    call.subscribe({
      next: (placement) => {
        this.busy.set(false);
        this.rejecting.set(false);
        this.changed.emit(placement);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (isEdit) {
          const mapped = mapApiError(error, { fields: ['startDate', 'endDate', 'hoursPerWeek'] });
          applyServerErrors(this.form.controls, mapped.fields);
          this.errors.set(mapped.form);
        } else {
          this.errors.set(actionErrors(error));
        }
      },
    });
  }
}
