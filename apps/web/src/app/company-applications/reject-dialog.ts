import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { APPLICATION_LIMITS, ApplicationResponse, REJECTION_REASONS, RejectionReason } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { ControlErrorPipe } from '../core/forms/control-error';
import { refusalText } from '../shared/applications/application-status';

export interface RejectApplicationDialogData {
  /** The candidate's name, or the "anonymous candidate" text. */
  name: string;
  reject: (reason: RejectionReason, note: string | undefined) => Observable<ApplicationResponse>;
}

/** Reject an applicant: a reason from the list (the candidate sees it, kindly worded) and an optional note. */
@Component({
  selector: 'tz-reject-application-dialog',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'companyApplications.reject.title' | transloco: { name: data.name } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <p>{{ 'companyApplications.reject.text' | transloco }}</p>
        <mat-form-field>
          <mat-label>{{ 'companyApplications.reject.reason' | transloco }}</mat-label>
          <mat-select formControlName="reason" required cdkFocusInitial>
            @for (reason of reasons; track reason) {
              <mat-option [value]="reason">{{ 'applications.reasons.' + reason | transloco }}</mat-option>
            }
          </mat-select>
          @if (form.controls.reason.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'companyApplications.reject.note' | transloco }}</mat-label>
          <textarea matInput formControlName="note" rows="3" [maxlength]="limits.noteMax"></textarea>
          <mat-hint>{{ 'companyApplications.reject.noteHint' | transloco }}</mat-hint>
          <mat-hint align="end">{{ form.controls.note.value.length }} / {{ limits.noteMax }}</mat-hint>
          @if (form.controls.note.errors | tzControlError; as error) {
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
          {{ 'companyApplications.reject.confirm' | transloco }}
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
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RejectApplicationDialog {
  protected readonly data = inject<RejectApplicationDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RejectApplicationDialog, ApplicationResponse>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly transloco = inject(TranslocoService);
  protected readonly reasons = REJECTION_REASONS;
  protected readonly limits = APPLICATION_LIMITS;

  protected readonly form = this.fb.group({
    reason: this.fb.control<RejectionReason | null>(null, Validators.required),
    note: ['', Validators.maxLength(APPLICATION_LIMITS.noteMax)],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    const { reason, note } = this.form.getRawValue();
    if (this.form.invalid || reason === null || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.data.reject(reason, note.trim() || undefined).subscribe({
      next: (application) => this.dialogRef.close(application),
      error: (error: unknown) => {
        this.saving.set(false);
        const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
        this.error.set(refusalText(error) ?? this.transloco.translate(message.key, message.params));
      },
    });
  }
}
