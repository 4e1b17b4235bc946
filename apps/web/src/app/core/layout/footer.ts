import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'tz-footer',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <footer class="footer">
      <div class="tz-container">
        <p class="lead">{{ 'footer.region' | transloco }}</p>
        <p>{{ 'footer.municipalities' | transloco }}</p>
        <nav class="links" [attr.aria-label]="'footer.linksLabel' | transloco">
          <a routerLink="/regio">{{ 'nav.region' | transloco }}</a>
        </nav>
        <p class="attribution">{{ 'footer.attribution' | transloco }}</p>
      </div>
    </footer>
  `,
  styles: `
    .footer {
      margin-top: auto;
      padding-block: 24px;
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
      border-top: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-body-medium);
    }
    p {
      margin: 0 0 4px;
    }
    .links {
      margin: 8px 0 0;
    }
    .links a {
      color: var(--mat-sys-primary);
    }
    .attribution {
      margin-top: 8px;
      font: var(--mat-sys-body-small);
    }
    .lead {
      color: var(--mat-sys-on-surface);
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Footer {}
