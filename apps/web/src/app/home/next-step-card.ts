import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** A next step on a home page; future features show "coming soon" instead of a link. */
@Component({
  selector: 'tz-next-step-card',
  imports: [MatCardModule, MatIconModule, TranslocoPipe],
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-icon mat-card-avatar fontSet="material-symbols-outlined" aria-hidden="true">{{ icon() }}</mat-icon>
        <mat-card-title
          ><h3>{{ titleKey() | transloco }}</h3></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <p>{{ textKey() | transloco }}</p>
        <p class="soon">{{ 'common.comingSoon' | transloco }}</p>
      </mat-card-content>
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
  readonly icon = input.required<string>();
}
