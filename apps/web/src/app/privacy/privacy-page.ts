import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { finalize } from 'rxjs';
import { apiErrorDetails, apiErrorStatus } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { TranslatableMessage } from '../core/api/translatable';
import { AuthService } from '../core/auth/auth.service';
import { AccessLog } from './access-log';
import { Sessions } from './sessions';

/** Why the account could not be deleted: a wrong password, or the last owner of an organisation with colleagues. */
function eraseErrorMessage(error: unknown): TranslatableMessage {
  const status = apiErrorStatus(error);
  if (status === 401) {
    return { key: 'privacy.wrongPassword' };
  }
  const organizations = apiErrorDetails(error)
    .filter((detail) => detail.code === 'lastOwner')
    .map((detail) => detail.message);
  if (status === 409 && organizations.length) {
    return { key: 'privacy.lastOwner', params: { organizations: organizations.join(', ') } };
  }
  return { key: 'errors.server' };
}

/** The person's rights over their data (AVG): download everything, or delete the account. */
@Component({
  selector: 'tz-privacy-page',
  imports: [
    AccessLog,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    Sessions,
    TranslocoPipe,
  ],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'privacy.title' | transloco }}</h1>
      <p>{{ 'privacy.intro' | transloco }}</p>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{{ 'privacy.exportTitle' | transloco }}</h2>
        <p>{{ 'privacy.exportText' | transloco }}</p>
        <button type="button" mat-stroked-button (click)="download()" [disabled]="downloading()" data-testid="export">
          <mat-icon aria-hidden="true" svgIcon="download" />
          {{ 'privacy.exportButton' | transloco }}
        </button>
        @if (exportFailed()) {
          <p role="alert" class="error">{{ 'errors.server' | transloco }}</p>
        }
      </section>

      @if (isCandidate()) {
        <tz-access-log />
      }
      <tz-sessions />

      <section aria-labelledby="erase-title">
        <h2 id="erase-title">{{ 'privacy.eraseTitle' | transloco }}</h2>
        <p>{{ 'privacy.eraseText' | transloco }}</p>
        <form [formGroup]="form" (ngSubmit)="erase()" novalidate class="erase">
          <mat-form-field>
            <mat-label>{{ 'privacy.password' | transloco }}</mat-label>
            <input matInput type="password" formControlName="password" autocomplete="current-password" />
          </mat-form-field>
          <mat-checkbox formControlName="confirm">{{ 'privacy.confirm' | transloco }}</mat-checkbox>
          @if (eraseError(); as message) {
            <p role="alert" class="error">{{ message.key | transloco: message.params }}</p>
          }
          <div>
            <button type="submit" mat-flat-button class="danger" [disabled]="form.invalid || erasing()">
              {{ 'privacy.eraseButton' | transloco }}
            </button>
          </div>
        </form>
      </section>
    </div>
  `,
  styles: `
    section {
      margin-block: 24px;
      max-width: 640px;
    }
    .erase {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .danger {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivacyPage {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly isCandidate = computed(() => this.auth.user()?.accountType === 'candidate');
  protected readonly downloading = signal(false);
  protected readonly exportFailed = signal(false);
  protected readonly erasing = signal(false);
  protected readonly eraseError = signal<TranslatableMessage | null>(null);
  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    confirm: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
  });

  protected download(): void {
    this.downloading.set(true);
    this.exportFailed.set(false);
    this.http
      .get(apiUrl('me/export'), { responseType: 'blob' })
      .pipe(finalize(() => this.downloading.set(false)))
      .subscribe({
        next: (blob) => {
          const link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = 'techzone-match-mijn-gegevens.json';
          link.click();
          URL.revokeObjectURL(link.href);
        },
        error: () => this.exportFailed.set(true),
      });
  }

  protected erase(): void {
    if (this.form.invalid || this.erasing()) {
      return;
    }
    this.erasing.set(true);
    this.eraseError.set(null);
    this.http
      .delete<void>(apiUrl('me'), { body: { password: this.form.controls.password.value } })
      .pipe(finalize(() => this.erasing.set(false)))
      .subscribe({
        next: () => {
          this.auth.clear();
          void this.router.navigateByUrl('/');
        },
        error: (error: unknown) => this.eraseError.set(eraseErrorMessage(error)),
      });
  }
}
