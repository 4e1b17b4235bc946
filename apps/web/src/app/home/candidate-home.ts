import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { MeResponse } from '@techzone/contracts';
import { NextStepCard } from './next-step-card';

@Component({
  selector: 'tz-candidate-home',
  imports: [NextStepCard, TranslocoPipe],
  template: `
    <div class="tz-container tz-page" data-testid="home-candidate">
      <h1 data-testid="home-title">{{ 'home.candidate.title' | transloco: { name: user().name } }}</h1>
      @if (user().candidateKind; as kind) {
        <p>{{ 'home.candidate.kind' | transloco: { kind: ('common.candidateKinds.' + kind | transloco) } }}</p>
      }
      <h2>{{ 'home.nextSteps' | transloco }}</h2>
      <div class="tz-cards">
        <tz-next-step-card
          icon="badge"
          titleKey="home.candidate.profileTitle"
          textKey="home.candidate.profileText"
          link="/profiel"
          linkKey="home.candidate.profileLink"
        />
        <tz-next-step-card
          icon="recommend"
          titleKey="home.candidate.forYouTitle"
          textKey="home.candidate.forYouText"
          link="/voor-jou"
          linkKey="home.candidate.forYouLink"
        />
        <tz-next-step-card
          icon="search"
          titleKey="home.candidate.searchTitle"
          textKey="home.candidate.searchText"
          link="/vacatures"
          linkKey="home.candidate.searchLink"
        />
        <tz-next-step-card
          icon="send"
          titleKey="home.candidate.applicationsTitle"
          textKey="home.candidate.applicationsText"
          link="/sollicitaties"
          linkKey="home.candidate.applicationsLink"
        />
        @if (user().candidateKind === 'student') {
          <tz-next-step-card
            icon="format_list_numbered"
            titleKey="home.candidate.roundsTitle"
            textKey="home.candidate.roundsText"
            link="/rondes"
            linkKey="home.candidate.roundsLink"
          />
          <tz-next-step-card
            icon="handshake"
            titleKey="home.candidate.placementsTitle"
            textKey="home.candidate.placementsText"
            link="/stages"
            linkKey="home.candidate.placementsLink"
          />
        }
        <tz-next-step-card
          icon="event"
          titleKey="home.candidate.eventsTitle"
          textKey="home.candidate.eventsText"
          link="/evenementen"
          linkKey="home.candidate.eventsLink"
        />
        <tz-next-step-card
          icon="bookmark"
          titleKey="home.candidate.savedTitle"
          textKey="home.candidate.savedText"
          link="/bewaard"
          linkKey="home.candidate.savedLink"
        />
      </div>
    </div>
  `,
  styleUrl: './home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidateHome {
  readonly user = input.required<MeResponse>();
}
