import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlacementEventResponse } from '@techzone/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { placementEventKey } from '../shared/placements/placement-logic';

/** The history of a placement, newest last: what happened, who did it, when. */
@Component({
  selector: 'tz-placement-timeline',
  imports: [DatePipe, TranslocoPipe],
  template: `
    <ol class="timeline" data-testid="placement-timeline">
      @for (event of events(); track $index) {
        <li class="step">
          <span class="dot" aria-hidden="true"></span>
          <div class="body">
            <p class="what">
              <strong>{{ eventKey(event.action) | transloco }}</strong>
              @if (event.actorName) {
                <span class="who">· {{ event.actorName }}</span>
              }
            </p>
            <time class="when" [attr.datetime]="event.at">{{ event.at | date: 'medium' : undefined : lang() }}</time>
            @if (event.note && showNote(event.action)) {
              <p class="note">{{ event.note }}</p>
            }
          </div>
        </li>
      }
    </ol>
  `,
  styleUrl: '../shared/styles/timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementTimeline {
  protected readonly lang = inject(LanguageService).lang;
  readonly events = input.required<readonly PlacementEventResponse[]>();
  protected readonly eventKey = placementEventKey;

  /** Notes of a rejection or termination are the reason; "updated" holds raw JSON and version notes add nothing. */
  protected showNote(action: string): boolean {
    return action === 'reject' || action === 'terminated';
  }
}
