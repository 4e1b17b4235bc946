import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@techzone/contracts';
import { finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe } from '../core/forms/control-error';
import { PasswordResetApi } from './password-reset.api';

/** /wachtwoord-herstellen/:token: the e-mailed link; sets a new password, which ends every session. */
@Component({
  selector: 'tz-reset-password-page',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'passwordReset.reset.title' | transloco }}</h1>
      @if (done()) {
        <p role="status" data-testid="reset-done">{{ 'passwordReset.reset.done' | transloco }}</p>
        <p>
          <a routerLink="/login">{{ 'passwordReset.backToLogin' | transloco }}</a>
        </p>
      } @else {
        <p>{{ 'passwordReset.reset.intro' | transloco }}</p>
        @if (formErrors().length > 0) {
          <div class="tz-form-error" role="alert">
            @for (message of formErrors(); track message.key) {
              <p>{{ message.key | transloco: message.params }}</p>
            }
            <p>
              <a routerLink="/wachtwoord-vergeten">{{ 'passwordReset.reset.newLink' | transloco }}</a>
            </p>
          </div>
        }
        <form class="tz-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field>
            <mat-label>{{ 'passwordReset.reset.password' | transloco }}</mat-label>
            <input matInput type="password" formControlName="password" autocomplete="new-password" required />
            <mat-hint>{{ 'passwordReset.reset.hint' | transloco: { min: minLength } }}</mat-hint>
            @if (form.controls.password.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <div>
            <button mat-flat-button type="submit" [attr.aria-busy]="submitting()">
              {{ 'passwordReset.reset.submit' | transloco }}
            </button>
          </div>
        </form>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(PasswordResetApi);
  /** Route parameter: the token from the e-mailed link. */
  readonly token = input.required<string>();
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
    ],
  });
  protected readonly submitting = signal(false);
  protected readonly done = signal(false);
  protected readonly formErrors = signal<TranslatableMessage[]>([]);

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.formErrors.set([]);
    this.api
      .confirm({ token: this.token(), password: this.form.getRawValue().password })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => this.done.set(true),
        error: (error: unknown) => {
          const mapped = mapApiError(error, { fields: ['password'] });
          applyServerErrors(this.form.controls, mapped.fields);
          this.formErrors.set(mapped.form);
        },
      });
  }
}
