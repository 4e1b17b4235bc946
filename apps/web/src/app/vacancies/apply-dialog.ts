import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { APPLICATION_LIMITS, ApplicationResponse } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiErrorDetails, apiErrorStatus, mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe } from '../core/forms/control-error';
import { trimmedLengthValidator } from '../shared/applications/application-status';

export interface ApplyDialogData {
  vacancyTitle: string;
  companyName: string;
  apply: (motivation: string) => Observable<ApplicationResponse>;
}

/** Closes with the new application; or with `'alreadyApplied'` when the user follows the link to their applications. */
export type ApplyDialogResult = ApplicationResponse | 'alreadyApplied';

/** The motivation for an application: one text, at least 20 characters, sent to the company. */
@Component({
  selector: 'tz-apply-dialog',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'apply.title' | transloco: { title: data.vacancyTitle } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ 'apply.intro' | transloco: { company: data.companyName } }}</p>
        <mat-form-field class="motivation">
          <mat-label>{{ 'apply.motivation' | transloco }}</mat-label>
          <textarea
            matInput
            [formControl]="motivation"
            rows="8"
            required
            cdkFocusInitial
            [maxlength]="limits.motivationMax"
            data-testid="motivation"
          ></textarea>
          <mat-hint>{{ 'apply.motivationHint' | transloco: { min: limits.motivationMin } }}</mat-hint>
          <mat-hint align="end">{{ motivation.value.length }} / {{ limits.motivationMax }}</mat-hint>
          @if (motivation.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        @if (alreadyApplied()) {
          <div class="tz-notice" role="alert" data-testid="already-applied">
            <p>
              {{ 'apply.alreadyApplied' | transloco }}
              <a routerLink="/sollicitaties" (click)="close('alreadyApplied')">{{ 'apply.toMine' | transloco }}</a>
            </p>
          </div>
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
        <button type="submit" mat-flat-button [disabled]="sending() || alreadyApplied()" [attr.aria-busy]="sending()">
          {{ 'apply.send' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .motivation {
      width: 100%;
    }
    .tz-notice p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplyDialog {
  protected readonly data = inject<ApplyDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ApplyDialog, ApplyDialogResult>>(MatDialogRef);
  protected readonly limits = APPLICATION_LIMITS;

  protected readonly motivation = new FormControl('', {
    nonNullable: true,
    validators: [trimmedLengthValidator(APPLICATION_LIMITS.motivationMin, APPLICATION_LIMITS.motivationMax)],
  });
  /** Binds the <form> so that Angular handles its submit (no native page submit). */
  protected readonly form = new FormGroup({ motivation: this.motivation });
  protected readonly sending = signal(false);
  protected readonly alreadyApplied = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  protected submit(): void {
    if (this.motivation.invalid || this.sending() || this.alreadyApplied()) {
      this.motivation.markAsTouched();
      return;
    }
    this.sending.set(true);
    this.errors.set([]);
    this.data.apply(this.motivation.value.trim()).subscribe({
      next: (application) => this.dialogRef.close(application),
      error: (error: unknown) => {
        this.sending.set(false);
        const status = apiErrorStatus(error);
        if (status === 404) {
          this.errors.set([{ key: 'apply.notOpen' }]);
          return;
        }
        // A conflict without details: applied before. With details: the route does not fit (shown as an error).
        if (status === 409 && apiErrorDetails(error).length === 0) {
          this.alreadyApplied.set(true);
          return;
        }
        const mapped = mapApiError(error, { fields: ['motivation'] });
        applyServerErrors({ motivation: this.motivation }, mapped.fields);
        this.errors.set(mapped.form);
      },
    });
  }

  protected close(result: ApplyDialogResult): void {
    this.dialogRef.close(result);
  }
}
