import { ChangeDetectionStrategy, Component, DOCUMENT, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Footer } from './core/layout/footer';
import { Header } from './core/layout/header';
import { EmailVerificationBanner } from './email-verification/email-verification-banner';

@Component({
  selector: 'tz-root',
  imports: [EmailVerificationBanner, Footer, Header, RouterOutlet, TranslocoPipe],
  template: `
    <a class="skip-link" href="#main" (click)="skipToContent($event)">{{ 'app.skipToContent' | transloco }}</a>
    <tz-header />
    <tz-email-verification-banner />
    <main id="main" tabindex="-1">
      <router-outlet />
    </main>
    <tz-footer />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    /* At least a screen high, so that the footer starts below the fold: a page whose content arrives after the
       first paint (client-rendered pages behind a login) then grows without pushing the footer across the
       screen (a layout shift of 0.27 on a phone). */
    main {
      flex: 1 0 auto;
      min-height: 100vh;
      outline: none;
    }
    .skip-link {
      position: absolute;
      left: 8px;
      top: -100px;
      z-index: 1000;
      padding: 8px 16px;
      border-radius: 4px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-primary);
      font-weight: 500;
    }
    .skip-link:focus {
      top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly document = inject(DOCUMENT);

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }
}
