import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { canOrganizeEvents } from './events';

interface EventsLink {
  path: string;
  labelKey: string;
  exact: boolean;
}

/**
 * The events pages a user has: the agenda for everyone, "Mijn evenementen" for candidates, "Beheren" for organisers.
 * Links (not tabs): each is a page of its own with its own URL.
 */
@Component({
  selector: 'tz-events-nav',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, TranslocoPipe],
  template: `
    @if (links().length > 1) {
      <nav mat-tab-nav-bar [attr.aria-label]="'events.nav.label' | transloco" class="nav">
        @for (link of links(); track link.path) {
          <a
            mat-tab-link
            [routerLink]="link.path"
            routerLinkActive
            #active="routerLinkActive"
            [routerLinkActiveOptions]="{ exact: link.exact }"
            [active]="active.isActive"
            >{{ link.labelKey | transloco }}</a
          >
        }
      </nav>
    }
  `,
  styles: `
    .nav {
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventsNav {
  private readonly auth = inject(AuthService);

  protected readonly links = computed<EventsLink[]>(() => {
    const user = this.auth.user();
    const links: EventsLink[] = [{ path: '/evenementen', labelKey: 'events.nav.agenda', exact: true }];
    if (user?.permissions.includes('application.create')) {
      links.push({ path: '/evenementen/mijn', labelKey: 'events.nav.mine', exact: true });
    }
    if (canOrganizeEvents(user)) {
      links.push({ path: '/evenementen/beheer', labelKey: 'events.nav.managed', exact: true });
    }
    return links;
  });
}
