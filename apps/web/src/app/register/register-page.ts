import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  EMAIL_MAX_LENGTH,
  Locale,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  REGISTRATION_KINDS,
  RegisterRequest,
  RegistrationKind,
} from '@techzone/contracts';
import { finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { AuthService } from '../core/auth/auth.service';
import {
  ControlErrorPipe,
  applyServerErrors,
  controlErrorMessage,
  kvkNumberValidator,
} from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';

const ORGANIZATION_FIELDS = ['companyName', 'companyCity'] as const;
const SELF_REGISTRATION_KINDS = REGISTRATION_KINDS.filter((kind) => kind !== 'invitation');

@Component({
  selector: 'tz-register-page',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './register-page.html',
  styleUrl: './register-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPage {
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  /** What one registers as here; registration with an invitation has its own page (/invitation/:token). */
  protected readonly kinds = SELF_REGISTRATION_KINDS;
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly form = this.fb.group({
    kind: this.fb.control<RegistrationKind>('student', Validators.required),
    name: ['', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    password: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
    ],
    companyName: [{ value: '', disabled: true }, [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    kvkNumber: [{ value: '', disabled: true }, [Validators.required, kvkNumberValidator]],
    companyCity: [{ value: '', disabled: true }, [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    acceptTerms: [false, Validators.requiredTrue],
  });

  private readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly isCompany = computed(() => this.kind() === 'company');
  protected readonly isOrganization = computed(() => this.kind() === 'company' || this.kind() === 'school');
  protected readonly submitting = signal(false);
  protected readonly formErrors = signal<TranslatableMessage[]>([]);

  constructor() {
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed()).subscribe((kind) => {
      for (const field of ORGANIZATION_FIELDS) {
        const control = this.form.controls[field];
        if (kind === 'company' || kind === 'school') {
          control.enable();
        } else {
          control.disable();
        }
      }
      if (kind === 'company') {
        this.form.controls.kvkNumber.enable();
      } else {
        this.form.controls.kvkNumber.disable();
      }
    });
  }

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
    this.auth
      .register(this.request())
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (user) => void this.enter(user.locale),
        error: (error: unknown) => {
          const mapped = mapApiError(error, { fields: Object.keys(this.form.controls) });
          applyServerErrors(this.form.controls, mapped.fields);
          this.formErrors.set(mapped.form);
        },
      });
  }

  /** The terms checkbox is not in a mat-form-field, so its message is rendered by hand. */
  protected termsError(): TranslatableMessage | null {
    const control = this.form.controls.acceptTerms;
    if (!control.touched || !control.errors) {
      return null;
    }
    const message = controlErrorMessage(control.errors);
    return message?.key === 'errors.codes.isNotEmpty' ? { key: 'errors.codes.acceptTerms' } : message;
  }

  private request(): RegisterRequest {
    const value = this.form.getRawValue();
    const request: RegisterRequest = {
      kind: value.kind,
      name: value.name.trim(),
      email: value.email.trim(),
      password: value.password,
      locale: this.language.lang(),
      acceptTerms: value.acceptTerms,
    };
    if (value.kind === 'company' || value.kind === 'school') {
      request.companyName = value.companyName.trim();
      request.companyCity = value.companyCity.trim();
    }
    if (value.kind === 'company') {
      request.kvkNumber = value.kvkNumber.trim();
    }
    return request;
  }

  /** Logged in: show the account's language and go on to the page the user wanted. */
  private async enter(locale: Locale): Promise<void> {
    await this.language.useAccountLocale(locale);
    await this.router.navigateByUrl('/home');
  }
}
