import { signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { finalize, Observable } from 'rxjs';
import { TranslatableMessage } from '../../core/api/translatable';
import { applyServerErrors } from '../../core/forms/control-error';
import { taxonomyErrors } from './taxonomy-editor';

/**
 * How the taxonomy dialogs save: nothing while a save is under way; an invalid form only shows its errors; else the
 * request, then the dialog closes with the saved record, or the API's errors go to their fields (a 409 to the
 * key field) and the rest above the form.
 */
export class TaxonomyDialogSubmit<T> {
  readonly saving = signal(false);
  readonly formErrors = signal<TranslatableMessage[]>([]);

  constructor(
    private readonly form: FormGroup,
    private readonly dialogRef: MatDialogRef<unknown, T>,
    private readonly fields: readonly string[],
    private readonly keyField: string,
  ) {}

  run(send: () => Observable<T>): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.formErrors.set([]);
    send()
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => {
          const mapped = taxonomyErrors(error, this.fields, this.keyField);
          applyServerErrors(this.form.controls, mapped.fields);
          this.formErrors.set(mapped.form);
        },
      });
  }
}
