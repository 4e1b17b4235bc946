import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { homeRoleOf } from '../core/auth/access';
import { AuthService } from '../core/auth/auth.service';
import { AdminHome } from './admin-home';
import { CandidateHome } from './candidate-home';
import { MemberHome } from './member-home';

/** /home dispatches to the home of the user's role. */
@Component({
  selector: 'tz-home-page',
  imports: [AdminHome, CandidateHome, MemberHome],
  template: `
    @if (user(); as user) {
      @switch (role()) {
        @case ('admin') {
          <tz-admin-home [user]="user" />
        }
        @case ('company') {
          <tz-member-home [user]="user" kind="company" />
        }
        @case ('school') {
          <tz-member-home [user]="user" kind="school" />
        }
        @default {
          <tz-candidate-home [user]="user" />
        }
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly user = inject(AuthService).user;
  protected readonly role = computed(() => {
    const user = this.user();
    return user ? homeRoleOf(user) : null;
  });
}
