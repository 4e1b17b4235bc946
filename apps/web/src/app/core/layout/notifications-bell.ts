import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { NotificationResponse } from '@techzone/contracts';
import { LanguageService } from '../i18n/language.service';
import { notificationPath, notificationText } from '../notifications/notification-text';
import { NotificationsService } from '../notifications/notifications.service';

/** How many notifications the menu lists. */
const SHOWN = 10;

interface ShownNotification {
  id: string;
  text: string;
  unread: boolean;
  createdAt: string;
  source: NotificationResponse;
}

/** The bell in the header: the unread count, the latest notifications, and "mark all read". */
@Component({
  selector: 'tz-notifications-bell',
  imports: [DatePipe, MatBadgeModule, MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, TranslocoPipe],
  template: `
    <button
      type="button"
      mat-icon-button
      data-testid="notifications-bell"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="label()"
    >
      <mat-icon
        aria-hidden="true"
        [matBadge]="badge()"
        [matBadgeHidden]="notifications.unread() === 0"
        matBadgeSize="small"
        svgIcon="notifications"
      />
    </button>
    <mat-menu #menu="matMenu" xPosition="before" class="tz-notifications-menu">
      <ng-template matMenuContent>
        <div class="head">
          <strong>{{ 'notifications.title' | transloco }}</strong>
        </div>
        @if (shown().length === 0) {
          <p class="empty">{{ 'notifications.empty' | transloco }}</p>
        } @else {
          @for (item of shown(); track item.id) {
            <button
              type="button"
              mat-menu-item
              class="item"
              [class.unread]="item.unread"
              data-testid="notification"
              (click)="open(item.source)"
            >
              <span class="text">
                @if (item.unread) {
                  <span class="tz-visually-hidden">{{ 'notifications.unreadMark' | transloco }}: </span>
                }
                {{ item.text }}
              </span>
              <span class="when">{{ item.createdAt | date: 'short' : undefined : lang() }}</span>
            </button>
          }
          <mat-divider />
          <button type="button" mat-menu-item [disabled]="notifications.unread() === 0" (click)="markAllRead()">
            <mat-icon aria-hidden="true" svgIcon="done_all" />
            {{ 'notifications.markAllRead' | transloco }}
          </button>
        }
      </ng-template>
    </mat-menu>
  `,
  styles: `
    .head {
      padding: 8px 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .empty {
      margin: 0;
      padding: 12px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .item {
      height: auto;
      min-height: 48px;
      padding-block: 8px;
      line-height: 1.35;
    }
    .text {
      display: block;
      white-space: normal;
    }
    .item.unread .text {
      font-weight: 700;
    }
    .item.unread::before {
      content: '';
      position: absolute;
      left: 4px;
      top: 50%;
      width: 8px;
      height: 8px;
      margin-top: -4px;
      border-radius: 50%;
      background: var(--tz-accent);
    }
    .when {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsBell {
  protected readonly notifications = inject(NotificationsService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  protected readonly lang = inject(LanguageService).lang;

  protected readonly badge = computed(() => {
    const unread = this.notifications.unread();
    return unread > 99 ? '99+' : String(unread);
  });

  protected readonly label = computed(() => {
    this.lang();
    const unread = this.notifications.unread();
    return unread === 0
      ? this.transloco.translate('notifications.labelNone')
      : this.transloco.translate('notifications.label', { count: unread });
  });

  protected readonly shown = computed<ShownNotification[]>(() => {
    this.lang();
    return this.notifications
      .items()
      .slice(0, SHOWN)
      .map((notification) => {
        const text = notificationText(notification);
        const params = text.statusKey
          ? { ...text.params, status: this.transloco.translate(text.statusKey) }
          : text.params;
        return {
          id: notification.id,
          text: this.transloco.translate(text.key, params),
          unread: notification.readAt === null,
          createdAt: notification.createdAt,
          source: notification,
        };
      });
  });

  protected open(notification: NotificationResponse): void {
    if (notification.readAt === null) {
      this.notifications.markRead(notification.id).subscribe({ error: () => undefined });
    }
    void this.router.navigateByUrl(notificationPath(notification));
  }

  protected markAllRead(): void {
    this.notifications.markAllRead().subscribe({ error: () => this.notifications.refresh() });
  }
}
