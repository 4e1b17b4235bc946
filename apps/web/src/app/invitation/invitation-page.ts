import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  API_ROUTES,
  InvitationResponse,
  MeResponse,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@techzone/contracts';
import { finalize, switchMap } from 'rxjs';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { TranslatableMessage } from '../core/api/translatable';
import { AuthService } from '../core/auth/auth.service';
import { applyServerErrors, controlErrorMessage, ControlErrorPipe } from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';

/** /invitation/:token: join an organisation; accept when logged in with the invited e-mail, else register. */
@Component({
  selector: 'tz-invitation-page',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './invitation-page.html',
  styles: `
    .lead {
      font: var(--mat-sys-title-medium);
    }
    .field-error {
      min-height: 1em;
      padding-left: 40px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .tz-notice {
      margin-bottom: 16px;
      max-width: 640px;
    }
    .tz-notice p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationPage {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  /** Route parameter. */
  readonly token = input.required<string>();

  protected readonly invitation = httpResource<InvitationResponse>(() =>
    apiUrl(`${API_ROUTES.invitations}/${encodeURIComponent(this.token())}`),
  );
  /** 404: unknown link; 410: expired or already used. */
  protected readonly unusable = computed(() => {
    const status = apiErrorStatus(this.invitation.error());
    return status === 404 || status === 410 ? status : null;
  });
  protected readonly loadError = computed(() => {
    const error = this.invitation.error();
    return error && this.unusable() === null ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly user = this.auth.user;
  protected readonly emailMatches = computed(() => {
    const user = this.user();
    return (
      user !== null &&
      this.invitation.hasValue() &&
      user.email.trim().toLowerCase() === this.invitation.value().email.trim().toLowerCase()
    );
  });
  protected readonly returnUrl = computed(() => `/invitation/${this.token()}`);
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly busy = signal(false);
  protected readonly formErrors = signal<TranslatableMessage[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    password: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
    ],
    acceptTerms: [false, Validators.requiredTrue],
  });

  protected accept(): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.formErrors.set([]);
    this.http
      .post<MeResponse>(apiUrl(`${API_ROUTES.invitations}/${encodeURIComponent(this.token())}/accept`), null)
      .pipe(
        // The new membership brings new roles: a refresh gives the session the updated user.
        switchMap(() => this.auth.refresh()),
        finalize(() => this.busy.set(false)),
      )
      .subscribe({
        next: () => void this.router.navigateByUrl('/home'),
        error: (error: unknown) => this.formErrors.set(mapApiError(error).form),
      });
  }

  protected register(): void {
    if (this.busy() || !this.invitation.hasValue()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, password, acceptTerms } = this.form.getRawValue();
    this.busy.set(true);
    this.formErrors.set([]);
    this.auth
      .register({
        kind: 'invitation',
        invitationToken: this.token(),
        email: this.invitation.value().email,
        name: name.trim(),
        password,
        acceptTerms,
        locale: this.language.lang(),
      })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (user) => void this.enter(user),
        error: (error: unknown) => {
          const mapped = mapApiError(error, { fields: Object.keys(this.form.controls) });
          applyServerErrors(this.form.controls, mapped.fields);
          this.formErrors.set(mapped.form);
        },
      });
  }

  protected termsError(): TranslatableMessage | null {
    const control = this.form.controls.acceptTerms;
    if (!control.touched || !control.errors) {
      return null;
    }
    const message = controlErrorMessage(control.errors);
    return message?.key === 'errors.codes.isNotEmpty' ? { key: 'errors.codes.acceptTerms' } : message;
  }

  protected logout(): void {
    this.auth.logout().subscribe();
  }

  private async enter(user: MeResponse): Promise<void> {
    await this.language.useAccountLocale(user.locale);
    await this.router.navigateByUrl('/home');
  }
}
