import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { EmailVerificationApi } from './email-verification.api';

type State = 'working' | 'done' | 'failed';

/** /e-mail-bevestigen/:token: the link of the confirmation e-mail; confirms the address, logged in or not. */
@Component({
  selector: 'tz-confirm-email-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'emailVerification.confirm.title' | transloco }}</h1>
      @switch (state()) {
        @case ('working') {
          <p role="status">{{ 'emailVerification.confirm.working' | transloco }}</p>
        }
        @case ('done') {
          <p role="status" data-testid="email-confirmed">{{ 'emailVerification.confirm.done' | transloco }}</p>
          <p>
            @if (auth.user()) {
              <a routerLink="/home">{{ 'emailVerification.confirm.home' | transloco }}</a>
            } @else {
              <a routerLink="/login">{{ 'emailVerification.confirm.login' | transloco }}</a>
            }
          </p>
        }
        @case ('failed') {
          <div class="tz-form-error" role="alert">
            <p>{{ 'emailVerification.confirm.failed' | transloco }}</p>
          </div>
        }
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmEmailPage implements OnInit {
  private readonly api = inject(EmailVerificationApi);
  protected readonly auth = inject(AuthService);
  /** Route parameter: the token from the e-mailed link. */
  readonly token = input.required<string>();
  protected readonly state = signal<State>('working');

  ngOnInit(): void {
    this.api.confirm(this.token()).subscribe({
      next: () => {
        this.state.set('done');
        // Logged in: the banner goes once the user, read again, has the address confirmed.
        if (this.auth.user()) {
          this.auth.reloadMe().subscribe({ error: () => undefined });
        }
      },
      error: () => this.state.set('failed'),
    });
  }
}
