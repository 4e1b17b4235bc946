import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { EmailVerificationApi } from './email-verification.api';

type ResendState = 'idle' | 'sending' | 'sent' | 'tooMany' | 'failed';

/**
 * Under the header while the logged-in user's address is not confirmed: what it is for (companies publish only
 * then) and a button that mails the link again.
 */
@Component({
  selector: 'tz-email-verification-banner',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    @if (user(); as user) {
      <section class="banner" aria-labelledby="email-verification-title" data-testid="email-verification-banner">
        <div class="tz-container content">
          <p>
            <strong id="email-verification-title">{{ 'emailVerification.banner.title' | transloco }}</strong>
            {{ 'emailVerification.banner.text' | transloco: { email: user.email } }}
          </p>
          <button mat-stroked-button type="button" (click)="resend()" [disabled]="state() === 'sending'">
            {{ 'emailVerification.banner.resend' | transloco }}
          </button>
          <p class="status" role="status">
            @switch (state()) {
              @case ('sent') {
                {{ 'emailVerification.banner.sent' | transloco }}
              }
              @case ('tooMany') {
                {{ 'errors.tooManyAttempts' | transloco }}
              }
              @case ('failed') {
                {{ 'errors.unexpected' | transloco }}
              }
            }
          </p>
        </div>
      </section>
    }
  `,
  styles: `
    .banner {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .content {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding-block: 8px;
    }
    .content p {
      margin: 0;
    }
    .status:empty {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailVerificationBanner {
  private readonly auth = inject(AuthService);
  private readonly api = inject(EmailVerificationApi);
  protected readonly user = computed(() => {
    const user = this.auth.user();
    return user && !user.emailVerified ? user : null;
  });
  protected readonly state = signal<ResendState>('idle');

  protected resend(): void {
    this.state.set('sending');
    this.api.resend().subscribe({
      next: () => this.state.set('sent'),
      error: (error: unknown) =>
        this.state.set(error instanceof HttpErrorResponse && error.status === 429 ? 'tooMany' : 'failed'),
    });
  }
}
