import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EMAIL_MAX_LENGTH } from '@techzone/contracts';
import { finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe } from '../core/forms/control-error';
import { PasswordResetApi } from './password-reset.api';

/** /wachtwoord-vergeten: asks for a reset link by e-mail. It never says whether the address has an account. */
@Component({
  selector: 'tz-forgot-password-page',
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
      <h1>{{ 'passwordReset.forgot.title' | transloco }}</h1>
      @if (sent()) {
        <p role="status" data-testid="reset-sent">{{ 'passwordReset.forgot.sent' | transloco }}</p>
      } @else {
        <p>{{ 'passwordReset.forgot.intro' | transloco }}</p>
        @if (formErrors().length > 0) {
          <div class="tz-form-error" role="alert">
            @for (message of formErrors(); track message.key) {
              <p>{{ message.key | transloco: message.params }}</p>
            }
          </div>
        }
        <form class="tz-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field>
            <mat-label>{{ 'login.email' | transloco }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="email" inputmode="email" required />
            @if (form.controls.email.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <div>
            <button mat-flat-button type="submit" [attr.aria-busy]="submitting()">
              {{ 'passwordReset.forgot.submit' | transloco }}
            </button>
          </div>
        </form>
      }
      <p>
        <a routerLink="/login">{{ 'passwordReset.backToLogin' | transloco }}</a>
      </p>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(PasswordResetApi);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
  });
  protected readonly submitting = signal(false);
  protected readonly sent = signal(false);
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
      .request({ email: this.form.getRawValue().email.trim() })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => this.sent.set(true),
        error: (error: unknown) => {
          const mapped = mapApiError(error, { fields: ['email'] });
          applyServerErrors(this.form.controls, mapped.fields);
          this.formErrors.set(mapped.form);
        },
      });
  }
}
