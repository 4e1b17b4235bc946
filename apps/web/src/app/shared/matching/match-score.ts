import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { clampScore, scoreBand } from './match-text';

/** "87% match" as a badge; screen readers hear "Match score: 87 out of 100". */
@Component({
  selector: 'tz-match-score',
  imports: [TranslocoPipe],
  host: {
    'data-testid': 'match-score',
    '[class.band-high]': 'band() === "high"',
    '[class.band-medium]': 'band() === "medium"',
    '[class.band-low]': 'band() === "low"',
  },
  template: `
    <span aria-hidden="true">{{ 'matching.score' | transloco: { score: value() } }}</span>
    <span class="tz-visually-hidden">{{ 'matching.scoreLabel' | transloco: { score: value() } }}</span>
  `,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-large);
      font-weight: 700;
      white-space: nowrap;
    }
    :host(.band-high) {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    :host(.band-medium) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.band-low) {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchScore {
  /** 0-100. */
  readonly score = input.required<number>();

  protected readonly value = computed(() => clampScore(this.score()));
  protected readonly band = computed(() => scoreBand(this.value()));
}
