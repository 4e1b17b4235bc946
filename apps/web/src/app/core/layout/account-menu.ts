import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../auth/auth.service';

@Component({
  selector: 'tz-account-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, RouterLink, TranslocoPipe],
  template: `
    @if (auth.user(); as user) {
      <button type="button" mat-button data-testid="account-menu" [matMenuTriggerFor]="menu">
        <mat-icon aria-hidden="true" svgIcon="account_circle" />
        <span class="name">{{ user.name }}</span>
      </button>
      <mat-menu #menu="matMenu" xPosition="before">
        <ng-template matMenuContent>
          <div class="who">
            <strong>{{ user.name }}</strong>
            <span>{{ user.email }}</span>
          </div>
          <a mat-menu-item routerLink="/home">
            <mat-icon aria-hidden="true" svgIcon="home" />
            {{ 'account.myHome' | transloco }}
          </a>
          @if (user.permissions.includes('profile.manageOwn')) {
            <a mat-menu-item routerLink="/profiel">
              <mat-icon aria-hidden="true" svgIcon="person_edit" />
              {{ 'account.profile' | transloco }}
            </a>
          }
          <a mat-menu-item routerLink="/privacy">
            <mat-icon aria-hidden="true" svgIcon="shield_person" />
            {{ 'account.privacy' | transloco }}
          </a>
          <button type="button" mat-menu-item (click)="logout()">
            <mat-icon aria-hidden="true" svgIcon="logout" />
            {{ 'account.logout' | transloco }}
          </button>
        </ng-template>
      </mat-menu>
    } @else {
      <div class="guest">
        <a mat-button routerLink="/login">{{ 'account.login' | transloco }}</a>
        <a mat-flat-button class="tz-cta-accent" routerLink="/register">{{ 'account.register' | transloco }}</a>
      </div>
    }
  `,
  styles: `
    [data-testid='account-menu'] {
      min-width: 48px;
    }
    .name {
      display: inline-block;
      max-width: 160px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      vertical-align: bottom;
    }
    .who {
      display: flex;
      flex-direction: column;
      padding: 8px 16px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-body-medium);
    }
    .guest {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    /* Below 1360 px the menu needs the room; the name stays the button's accessible name. */
    @media (max-width: 1359.98px) {
      .name {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
    }
    @media (max-width: 719.98px) {
      .guest {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountMenu {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected logout(): void {
    this.auth.logout().subscribe(() => void this.router.navigateByUrl('/'));
  }
}
