import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { APPLICATION_LIMITS, ApplicationResponse, MessageRequest } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { ControlErrorPipe } from '../core/forms/control-error';
import { combineDateAndTime, refusalText } from '../shared/applications/application-status';

export interface InterviewDialogData {
  name: string;
  /** A place to start from (the vacancy's place). */
  place: string;
  propose: (request: MessageRequest) => Observable<ApplicationResponse>;
}

/** Propose an interview: a day, a time and a place, with a message; the candidate sees it highlighted. */
@Component({
  selector: 'tz-interview-dialog',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatTimepickerModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'companyApplications.interview.title' | transloco: { name: data.name } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <p>{{ 'companyApplications.interview.text' | transloco }}</p>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'companyApplications.interview.date' | transloco }}</mat-label>
            <input
              matInput
              formControlName="date"
              [matDatepicker]="datePicker"
              [min]="today"
              required
              cdkFocusInitial
            />
            <mat-hint>{{ 'common.dateHint' | transloco }}</mat-hint>
            <mat-datepicker-toggle matIconSuffix [for]="datePicker" />
            <mat-datepicker #datePicker />
            @if (form.controls.date.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'companyApplications.interview.time' | transloco }}</mat-label>
            <input matInput formControlName="time" [matTimepicker]="timePicker" required />
            <mat-hint>{{ 'companyApplications.interview.timeHint' | transloco }}</mat-hint>
            <mat-timepicker-toggle matIconSuffix [for]="timePicker" />
            <mat-timepicker #timePicker interval="15m" />
            @if (form.controls.time.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>{{ 'companyApplications.interview.place' | transloco }}</mat-label>
          <input matInput formControlName="place" required maxlength="200" />
          @if (form.controls.place.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'companyApplications.interview.message' | transloco }}</mat-label>
          <textarea matInput formControlName="body" rows="4" required [maxlength]="limits.messageMax"></textarea>
          @if (form.controls.body.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        @if (error(); as error) {
          <p class="tz-form-error" role="alert">{{ error }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button type="button" mat-button mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button type="submit" mat-flat-button [disabled]="saving()" [attr.aria-busy]="saving()">
          {{ 'companyApplications.interview.send' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 12px;
    }
    mat-form-field {
      width: 100%;
    }
    @media (max-width: 479.98px) {
      .row {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InterviewDialog {
  protected readonly data = inject<InterviewDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<InterviewDialog, ApplicationResponse>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly transloco = inject(TranslocoService);
  protected readonly limits = APPLICATION_LIMITS;
  protected readonly today = new Date();

  protected readonly form = this.fb.group({
    date: this.fb.control<Date | null>(null, Validators.required),
    time: this.fb.control<Date | null>(null, Validators.required),
    place: [this.data.place, [Validators.required, Validators.maxLength(200)]],
    body: [
      this.transloco.translate('companyApplications.interview.defaultMessage'),
      [Validators.required, Validators.maxLength(APPLICATION_LIMITS.messageMax)],
    ],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    const { date, time, place, body } = this.form.getRawValue();
    const startsAt = combineDateAndTime(date, time);
    if (this.form.invalid || startsAt === null || !place.trim() || !body.trim() || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.data.propose({ body: body.trim(), interview: { startsAt, place: place.trim() } }).subscribe({
      next: (application) => this.dialogRef.close(application),
      error: (error: unknown) => {
        this.saving.set(false);
        const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
        this.error.set(refusalText(error) ?? this.transloco.translate(message.key, message.params));
      },
    });
  }
}
