import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { IconName } from '../core/icons/icons';

/** A next step on a home page: a link to the page, or "coming soon" for features that do not exist yet. */
@Component({
  selector: 'tz-next-step-card',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslocoPipe],
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-icon mat-card-avatar aria-hidden="true" [svgIcon]="icon()" />
        <mat-card-title
          ><h3>{{ titleKey() | transloco }}</h3></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <p>{{ textKey() | transloco }}</p>
        @if (!link()) {
          <p class="soon">{{ 'common.comingSoon' | transloco }}</p>
        }
      </mat-card-content>
      @if (link(); as link) {
        <mat-card-actions>
          <a mat-stroked-button [routerLink]="link">{{ linkKey() ?? titleKey() | transloco }}</a>
        </mat-card-actions>
      }
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-card {
      height: 100%;
    }
    h3 {
      margin: 0;
      font: inherit;
    }
    mat-icon[mat-card-avatar] {
      display: grid;
      place-items: center;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .soon {
      display: inline-block;
      margin: 0;
      padding: 2px 10px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NextStepCard {
  readonly titleKey = input.required<string>();
  readonly textKey = input.required<string>();
  readonly icon = input.required<IconName>();
  /** Where the step is done; without it the card says "coming soon". */
  readonly link = input<string | null>(null);
  /** The link's text (defaults to the title). */
  readonly linkKey = input<string | null>(null);
}
