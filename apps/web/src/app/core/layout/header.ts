import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../auth/auth.service';
import { AccountMenu } from './account-menu';
import { LanguageSwitch } from './language-switch';
import { navItemsFor } from './nav-items';
import { NotificationsBell } from './notifications-bell';

@Component({
  selector: 'tz-header',
  imports: [
    AccountMenu,
    LanguageSwitch,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    NotificationsBell,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
  ],
  templateUrl: './header.html',
  styleUrl: './header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Header {
  private readonly auth = inject(AuthService);
  protected readonly loggedIn = this.auth.isAuthenticated;
  protected readonly navItems = computed(() => navItemsFor(this.auth.user()));
}
