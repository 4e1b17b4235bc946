import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CohortInput, CohortResponse } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe, dateOrderValidator } from '../core/forms/control-error';
import { toIsoDate } from '../shared/dates';

export interface CohortDialogData {
  programName: string;
  save: (input: CohortInput) => Observable<CohortResponse>;
}

@Component({
  selector: 'tz-cohort-dialog',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'programs.cohortTitle' | transloco: { program: data.programName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'programs.cohortName' | transloco }}</mat-label>
          <input matInput formControlName="name" required cdkFocusInitial />
          <mat-hint>{{ 'programs.cohortNameHint' | transloco }}</mat-hint>
          @if (form.controls.name.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'programs.startDate' | transloco }}</mat-label>
          <input matInput formControlName="startDate" [matDatepicker]="startPicker" required />
          <mat-datepicker-toggle matIconSuffix [for]="startPicker" />
          <mat-datepicker #startPicker />
          @if (form.controls.startDate.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'programs.endDate' | transloco }}</mat-label>
          <input
            matInput
            formControlName="endDate"
            [matDatepicker]="endPicker"
            [min]="form.controls.startDate.value"
            required
          />
          <mat-datepicker-toggle matIconSuffix [for]="endPicker" />
          <mat-datepicker #endPicker />
          @if (form.controls.endDate.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        @if (form.errors?.['dateOrder']) {
          <p class="error" role="alert">{{ 'errors.codes.dateOrder' | transloco }}</p>
        }
        @if (errors().length > 0) {
          <div class="tz-form-error" role="alert">
            @for (message of errors(); track message.key) {
              <p>{{ message.key | transloco: message.params }}</p>
            }
          </div>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button type="button" mat-button mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button type="submit" mat-flat-button [disabled]="saving()">{{ 'common.save' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    mat-form-field {
      width: 100%;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortDialog {
  protected readonly data = inject<CohortDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<CohortDialog, CohortResponse>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group(
    {
      name: ['', [Validators.required, Validators.maxLength(100)]],
      startDate: this.fb.control<Date | null>(null, Validators.required),
      endDate: this.fb.control<Date | null>(null, Validators.required),
    },
    { validators: dateOrderValidator('startDate', 'endDate') },
  );
  protected readonly saving = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  protected submit(): void {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, startDate, endDate } = this.form.getRawValue();
    this.saving.set(true);
    this.errors.set([]);
    this.data
      .save({ name: name.trim(), startDate: toIsoDate(startDate) ?? '', endDate: toIsoDate(endDate) ?? '' })
      .subscribe({
        next: (cohort) => this.dialogRef.close(cohort),
        error: (error: unknown) => {
          this.saving.set(false);
          const mapped = mapApiError(error, { fields: ['name', 'startDate', 'endDate'] });
          applyServerErrors(this.form.controls, mapped.fields);
          this.errors.set(mapped.form);
        },
      });
  }
}
