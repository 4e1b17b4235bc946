import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { GuardianAgreementResponse, Locale } from '@techzone/contracts';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { ControlErrorPipe } from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';
import { AgreementContentView } from '../shared/placements/agreement-content';
import { actionErrors } from '../shared/placements/placement-errors';
import { AGREEMENT_FILE_NAMES, PlacementsApi, saveBlob } from '../shared/placements/placements.api';

/**
 * /ouder/:token: a parent or guardian of a student under 18 reads the placement agreement in plain words and signs it
 * with their full name, without an account. The link works once and for a limited time.
 */
@Component({
  selector: 'tz-guardian-page',
  imports: [
    AgreementContentView,
    ControlErrorPipe,
    DatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <div class="tz-container tz-page narrow">
      @if (signed(); as result) {
        <h1>{{ 'guardian.doneTitle' | transloco }}</h1>
        <div class="tz-notice" role="status" data-testid="guardian-signed">
          <mat-icon aria-hidden="true" svgIcon="task_alt" />
          <p>{{ 'guardian.doneText' | transloco: { student: result.agreement.content.student.name } }}</p>
        </div>
      } @else if (linkProblem(); as problem) {
        <h1>{{ 'guardian.' + problem + 'Title' | transloco }}</h1>
        <p data-testid="guardian-link-problem">{{ 'guardian.' + problem + 'Text' | transloco }}</p>
      } @else if (loadError(); as error) {
        <h1>{{ 'guardian.title' | transloco }}</h1>
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="view.reload()">{{ 'common.retry' | transloco }}</button>
        </div>
      } @else if (view.hasValue()) {
        @let v = view.value();
        @let c = v.agreement.content;
        <h1>{{ 'guardian.title' | transloco }}</h1>
        <p>{{ 'guardian.greeting' | transloco: { name: v.guardianName } }}</p>
        <p>
          {{
            'guardian.plain'
              | transloco
                : {
                    student: c.student.name,
                    company: c.company.name,
                    school: c.school.name,
                    start: (c.startDate | date: 'longDate' : undefined : lang()),
                    end: (c.endDate | date: 'longDate' : undefined : lang()),
                    hours: c.hoursPerWeek,
                  }
          }}
        </p>
        <p>{{ 'guardian.people' | transloco: { mentor: c.mentor.name, supervisor: c.supervisor.name } }}</p>
        <p class="muted">
          {{ 'guardian.expires' | transloco: { date: (v.expiresAt | date: 'longDate' : undefined : lang()) } }}
        </p>

        <section aria-labelledby="terms-heading">
          <h2 id="terms-heading">{{ 'guardian.terms' | transloco }}</h2>
          <tz-agreement-content [content]="c" />
          <div class="downloads">
            @for (locale of locales; track locale) {
              <button type="button" mat-stroked-button [disabled]="downloading()" (click)="download(locale)">
                <mat-icon aria-hidden="true" svgIcon="download" />
                {{ 'placements.agreement.pdf.' + locale | transloco }}
              </button>
            }
          </div>
        </section>

        <section aria-labelledby="sign-heading">
          <h2 id="sign-heading">{{ 'guardian.signTitle' | transloco }}</h2>
          <form [formGroup]="form" (ngSubmit)="sign()" novalidate data-testid="guardian-sign">
            <mat-form-field class="name">
              <mat-label>{{ 'guardian.name' | transloco }}</mat-label>
              <input matInput formControlName="name" autocomplete="name" required maxlength="160" />
              <mat-hint>{{ 'guardian.nameHint' | transloco }}</mat-hint>
              @if (form.controls.name.errors | tzControlError; as error) {
                <mat-error>{{ error.key | transloco: error.params }}</mat-error>
              }
            </mat-form-field>
            <mat-checkbox formControlName="agree" required>{{
              'guardian.agree' | transloco: { student: c.student.name }
            }}</mat-checkbox>
            @if (form.controls.agree.touched && form.controls.agree.invalid) {
              <p class="error" role="alert">{{ 'guardian.agreeRequired' | transloco }}</p>
            }
            @if (errors().length > 0) {
              <div class="tz-form-error" role="alert">
                @for (message of errors(); track message.key) {
                  <p>{{ message.key | transloco: message.params }}</p>
                }
              </div>
            }
            <div>
              <button type="submit" mat-flat-button [disabled]="busy()" [attr.aria-busy]="busy()">
                {{ 'guardian.sign' | transloco }}
              </button>
            </div>
          </form>
        </section>
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .narrow {
      max-width: 820px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    section {
      margin-top: 24px;
    }
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      margin: 16px 0;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
      align-items: flex-start;
    }
    .name {
      width: 100%;
      max-width: 420px;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
    .tz-notice p,
    .tz-form-error p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuardianPage {
  private readonly api = inject(PlacementsApi);
  protected readonly lang = inject(LanguageService).lang;

  /** Route parameter: the one-time token from the e-mail. */
  readonly token = input.required<string>();

  protected readonly locales: readonly Locale[] = ['nl', 'en'];
  protected readonly view = httpResource<GuardianAgreementResponse>(() => this.api.guardianUrl(this.token()));
  protected readonly signed = signal<GuardianAgreementResponse | null>(null);
  /** `unknown` (404) or `gone` (410: used, expired or replaced by a new version). */
  protected readonly linkProblem = computed(() => {
    const status = apiErrorStatus(this.view.error()) ?? this.signError();
    return status === 404 ? 'unknown' : status === 410 ? 'gone' : null;
  });
  protected readonly loadError = computed(() => {
    const error = this.view.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: Validators.required }),
    agree: new FormControl(false, { nonNullable: true, validators: Validators.requiredTrue }),
  });
  protected readonly busy = signal(false);
  protected readonly downloading = signal(false);
  private readonly signError = signal<number | null>(null);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  protected sign(): void {
    const name = this.form.controls.name.value.trim();
    if (this.form.invalid || !name || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.errors.set([]);
    this.api.guardianSign(this.token(), { name }).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.signed.set(result);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const status = apiErrorStatus(error);
        if (status === 404 || status === 410) {
          this.signError.set(status);
          return;
        }
        this.errors.set(actionErrors(error));
      },
    });
  }

  protected download(locale: Locale): void {
    this.downloading.set(true);
    this.api.guardianPdf(this.token(), locale).subscribe({
      next: (blob) => {
        this.downloading.set(false);
        saveBlob(blob, AGREEMENT_FILE_NAMES[locale]);
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        this.errors.set(actionErrors(error));
      },
    });
  }
}
