import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ControlErrorPipe } from '../core/forms/control-error';

/** What the dialog asks; the keys are translation keys, `params` fill them (e.g. the name of what is rejected). */
export interface RejectDialogData {
  titleKey: string;
  textKey: string;
  noteKey: string;
  confirmKey: string;
  params: Record<string, string>;
  /** The longest note the API takes. */
  maxLength: number;
}

export interface RejectDialogResult {
  note?: string;
}

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
    <h2 mat-dialog-title>{{ data.titleKey | transloco: data.params }}</h2>
    <mat-dialog-content>
      <p>{{ data.textKey | transloco: data.params }}</p>
      <mat-form-field class="note">
        <mat-label>{{ data.noteKey | transloco }}</mat-label>
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
        {{ data.confirmKey | transloco }}
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
  protected readonly maxLength = this.data.maxLength;
  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(this.data.maxLength)],
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
