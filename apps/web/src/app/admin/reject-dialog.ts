import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ControlErrorPipe } from '../core/forms/control-error';

export interface RejectDialogData {
  name: string;
}

export interface RejectDialogResult {
  note?: string;
}

export const REJECT_NOTE_MAX_LENGTH = 500;

@Component({
  selector: 'tz-reject-dialog',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'admin.verification.dialog.title' | transloco: { name: data.name } }}</h2>
    <mat-dialog-content>
      <p>{{ 'admin.verification.dialog.text' | transloco }}</p>
      <mat-form-field class="note">
        <mat-label>{{ 'admin.verification.dialog.note' | transloco }}</mat-label>
        <textarea matInput [formControl]="note" rows="3" cdkFocusInitial></textarea>
        <mat-hint align="end">{{ note.value.length }} / {{ maxLength }}</mat-hint>
        @if (note.errors | tzControlError; as error) {
          <mat-error>{{ error.key | transloco: error.params }}</mat-error>
        }
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button type="button" mat-button mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button type="button" mat-flat-button (click)="confirm()">
        {{ 'admin.verification.dialog.confirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .note {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RejectDialog {
  protected readonly data = inject<RejectDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RejectDialog, RejectDialogResult>>(MatDialogRef);
  protected readonly maxLength = REJECT_NOTE_MAX_LENGTH;
  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(REJECT_NOTE_MAX_LENGTH)],
  });

  protected confirm(): void {
    if (this.note.invalid) {
      this.note.markAsTouched();
      return;
    }
    const note = this.note.value.trim();
    this.dialogRef.close(note ? { note } : {});
  }
}
