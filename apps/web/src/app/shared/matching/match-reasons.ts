import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { MatchReasonResponse } from '@techzone/contracts';
import { IconName } from '../../core/icons/icons';
import { MatchView, ReasonTone } from './match-text';
import { MatchTexts } from './match-texts.service';

const ICONS: Readonly<Record<ReasonTone, IconName>> = { good: 'check_circle', partial: 'error', bad: 'cancel' };

/** Why a match scores as it does: a short list in plain words, good news first, gaps marked. */
@Component({
  selector: 'tz-match-reasons',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    @if (shown().length > 0) {
      <ul class="reasons" [attr.aria-label]="'matching.reasonsLabel' | transloco" data-testid="match-reasons">
        @for (reason of shown(); track $index) {
          <li [class]="'tone-' + reason.tone">
            <mat-icon aria-hidden="true" [svgIcon]="icons[reason.tone]" />
            <span>
              <span class="tz-visually-hidden">{{ 'matching.tones.' + reason.tone | transloco }}: </span>
              {{ reason.text }}
            </span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .reasons {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 4px 0 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-medium);
    }
    li {
      display: flex;
      align-items: flex-start;
      gap: 6px;
      overflow-wrap: anywhere;
    }
    mat-icon {
      flex: none;
      width: 18px;
      height: 18px;
      margin-top: 1px;
      font-size: 18px;
    }
    .tone-good mat-icon {
      color: var(--mat-sys-primary);
    }
    .tone-partial mat-icon {
      color: var(--mat-sys-tertiary);
    }
    .tone-bad mat-icon {
      color: var(--mat-sys-error);
    }
    .tone-partial,
    .tone-bad {
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchReasons {
  private readonly texts = inject(MatchTexts);

  readonly reasons = input.required<readonly MatchReasonResponse[]>();
  readonly view = input<MatchView>('candidate');
  /** Show only the first reasons (good news first); all of them when left out. */
  readonly limit = input<number | null>(null);

  protected readonly icons = ICONS;
  protected readonly shown = computed(() => {
    const reasons = this.texts.reasons(this.reasons(), this.view());
    const limit = this.limit();
    return limit === null ? reasons : reasons.slice(0, limit);
  });

  constructor() {
    this.texts.load();
  }
}
