import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApplicationActor, ApplicationEventActor, ApplicationEventResponse } from '@techzone/contracts';
import { LanguageService } from '../../core/i18n/language.service';

/**
 * The history of an application: when, who, what. A candidate reads a rejection as a kind message with the reason;
 * the company reads the reason as it chose it.
 */
@Component({
  selector: 'tz-application-timeline',
  imports: [DatePipe, TranslocoPipe],
  template: `
    <ol class="timeline" data-testid="application-timeline">
      @for (event of events(); track $index) {
        <li [class]="'step step-' + event.to">
          <span class="dot" aria-hidden="true"></span>
          <div class="body">
            <p class="what">
              <strong>{{ 'applications.timeline.events.' + event.to | transloco }}</strong>
              <span class="who">· {{ whoKey(event.actor) | transloco }}</span>
            </p>
            <time class="when" [attr.datetime]="event.at">{{ event.at | date: 'medium' : undefined : lang() }}</time>
            @if (event.to === 'rejected') {
              @if (viewer() === 'candidate') {
                <p class="kind">{{ 'applications.timeline.rejectedKind' | transloco }}</p>
              }
              @if (event.reason) {
                <p>
                  {{
                    'applications.timeline.reason'
                      | transloco: { reason: ('applications.reasons.' + event.reason | transloco) }
                  }}
                </p>
              }
            }
            @if (event.note) {
              <p class="note">{{ 'applications.timeline.note' | transloco: { note: event.note } }}</p>
            }
          </div>
        </li>
      }
    </ol>
  `,
  styleUrl: '../styles/timeline.scss',
  styles: `
    .step-rejected .dot,
    .step-withdrawn .dot,
    .step-declined .dot {
      background: var(--mat-sys-outline);
    }
    .step-accepted .dot {
      background: var(--tz-accent);
    }
    .kind {
      margin-top: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationTimeline {
  protected readonly lang = inject(LanguageService).lang;

  readonly events = input.required<readonly ApplicationEventResponse[]>();
  /** Who reads it: their own steps say "you". */
  readonly viewer = input.required<ApplicationActor>();

  protected whoKey(actor: ApplicationEventActor): string {
    return actor === this.viewer() ? 'applications.timeline.by.you' : `applications.timeline.by.${actor}`;
  }
}
