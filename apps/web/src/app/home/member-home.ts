import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MeResponse, OrganizationKind, Permission } from '@techzone/contracts';
import { IconName } from '../core/icons/icons';
import { NextStepCard } from './next-step-card';

interface Step {
  icon: IconName;
  titleKey: string;
  textKey: string;
  /** The page, for users with the permission; otherwise the card says "coming soon". */
  link?: { path: string; linkKey: string; permission: Permission };
}

const STEPS: Readonly<Record<OrganizationKind, readonly Step[]>> = {
  company: [
    {
      icon: 'work',
      titleKey: 'home.company.vacanciesTitle',
      textKey: 'home.company.vacanciesText',
      link: { path: '/bedrijf/vacatures', linkKey: 'home.company.vacanciesLink', permission: 'vacancy.manage' },
    },
    {
      icon: 'group',
      titleKey: 'home.company.candidatesTitle',
      textKey: 'home.company.candidatesText',
      link: { path: '/bedrijf/vacatures', linkKey: 'home.company.candidatesLink', permission: 'application.manage' },
    },
    {
      icon: 'format_list_numbered',
      titleKey: 'home.company.roundsTitle',
      textKey: 'home.company.roundsText',
      link: { path: '/bedrijf/rondes', linkKey: 'home.company.roundsLink', permission: 'application.manage' },
    },
    {
      icon: 'event',
      titleKey: 'home.company.eventsTitle',
      textKey: 'home.company.eventsText',
      link: { path: '/evenementen/beheer', linkKey: 'home.company.eventsLink', permission: 'vacancy.manage' },
    },
    {
      icon: 'handshake',
      titleKey: 'home.company.stagesTitle',
      textKey: 'home.company.stagesText',
      link: { path: '/bedrijf/stages', linkKey: 'home.company.stagesLink', permission: 'organization.readOwn' },
    },
  ],
  school: [
    {
      icon: 'school',
      titleKey: 'home.school.studentsTitle',
      textKey: 'home.school.studentsText',
      link: { path: '/school/studenten', linkKey: 'home.school.studentsLink', permission: 'placement.coordinate' },
    },
    {
      icon: 'assignment_ind',
      titleKey: 'home.school.placementsTitle',
      textKey: 'home.school.placementsText',
      link: { path: '/school/rondes', linkKey: 'home.school.placementsLink', permission: 'placement.coordinate' },
    },
    {
      icon: 'monitoring',
      titleKey: 'home.school.stagesTitle',
      textKey: 'home.school.stagesText',
      link: { path: '/school/stages', linkKey: 'home.school.stagesLink', permission: 'placement.coordinate' },
    },
    {
      icon: 'report',
      titleKey: 'home.school.reportsTitle',
      textKey: 'home.school.reportsText',
      link: { path: '/meldingen', linkKey: 'home.school.reportsLink', permission: 'placement.coordinate' },
    },
  ],
};

/** Home of a company or school member: the organisation and whether the program office has verified it. */
@Component({
  selector: 'tz-member-home',
  imports: [MatButtonModule, MatIconModule, NextStepCard, RouterLink, TranslocoPipe],
  template: `
    <div class="tz-container tz-page" [attr.data-testid]="'home-' + kind()">
      <h1 data-testid="home-title">{{ 'home.' + kind() + '.title' | transloco: { name: user().name } }}</h1>
      @if (membership(); as membership) {
        <p>{{ 'home.' + kind() + '.organization' | transloco: { organization: membership.organizationName } }}</p>
        @if (membership.verified) {
          <p class="verified">
            <mat-icon aria-hidden="true" svgIcon="verified" />
            {{ 'home.verified' | transloco }}
          </p>
        } @else {
          <div class="tz-notice">
            <mat-icon aria-hidden="true" svgIcon="hourglass_top" />
            <p role="status" data-testid="verification-pending">{{ 'home.pending' | transloco }}</p>
          </div>
        }
        <p>
          <a mat-stroked-button routerLink="/organization">{{ 'home.organizationLink' | transloco }}</a>
        </p>
      }
      <h2>{{ 'home.nextSteps' | transloco }}</h2>
      <div class="tz-cards">
        @for (step of steps(); track step.titleKey) {
          <tz-next-step-card
            [icon]="step.icon"
            [titleKey]="step.titleKey"
            [textKey]="step.textKey"
            [link]="linkOf(step)"
            [linkKey]="step.link?.linkKey ?? null"
          />
        }
      </div>
    </div>
  `,
  styleUrl: './home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberHome {
  readonly user = input.required<MeResponse>();
  readonly kind = input.required<OrganizationKind>();

  protected readonly membership = computed(
    () => this.user().memberships.find((membership) => membership.kind === this.kind()) ?? null,
  );
  protected readonly steps = computed(() => STEPS[this.kind()]);

  protected linkOf(step: Step): string | null {
    return step.link && this.user().permissions.includes(step.link.permission) ? step.link.path : null;
  }
}
