import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EMAIL_MAX_LENGTH, Locale, PASSWORD_MAX_LENGTH } from '@techzone/contracts';
import { finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { safeReturnUrl } from '../core/auth/access';
import { AuthService } from '../core/auth/auth.service';
import { applyServerErrors, ControlErrorPipe } from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';

@Component({
  selector: 'tz-login-page',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './login-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  /** Query parameter: where to go after logging in (internal paths only). */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    password: ['', [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH)]],
  });
  protected readonly submitting = signal(false);
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
    const { email, password } = this.form.getRawValue();
    this.auth
      .login({ email: email.trim(), password })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (user) => void this.enter(user.locale),
        error: (error: unknown) => {
          const mapped = mapApiError(error, {
            fields: ['email', 'password'],
            statusKeys: { 401: 'login.invalidCredentials' },
          });
          applyServerErrors(this.form.controls, mapped.fields);
          this.formErrors.set(mapped.form);
        },
      });
  }

  /** Logged in: show the account's language and go on to the page the user wanted. */
  private async enter(locale: Locale): Promise<void> {
    await this.language.useAccountLocale(locale);
    await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }
}
