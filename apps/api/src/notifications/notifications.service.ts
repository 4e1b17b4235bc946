import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { Locale, NotificationListResponse } from '@techzone/contracts';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig, publicUrl } from '../config/app-config';
import { UsersRepository } from '../users/users.repository';
import { Mailer } from './mailer';
import { NotificationsRepository } from './notifications.repository';
import { renderMail } from './templates';

export interface NewNotification {
  userId: string;
  type: string;
  data: Record<string, string>;
  /** Path in the web app the e-mail links to, e.g. /sollicitaties/<id>. */
  path: string;
}

/** Notifications written inside the caller's transaction, to e-mail once it has committed. */
export type PendingMail = { userId: string; type: string; data: Record<string, string>; path: string }[];

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersRepository,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  /** Stores in-app notifications in the caller's transaction; pass the result to `deliver` after it commits. */
  async notify(manager: EntityManager, items: NewNotification[]): Promise<PendingMail> {
    await this.notifications.insertMany(
      manager,
      items.map((item) => ({ userId: item.userId, type: item.type, data: { ...item.data, path: item.path } })),
    );
    return items;
  }

  /** Sends the e-mails, each in its recipient's language. A failed e-mail is logged; the notification stays. */
  async deliver(pending: PendingMail): Promise<void> {
    if (!pending.length) {
      return;
    }
    const users = await this.users.findMailAddresses([...new Set(pending.map((item) => item.userId))]);
    const byId = new Map(users.map((user) => [user.id, user]));
    const base = publicUrl(this.config);
    await Promise.all(
      pending.map(async (item) => {
        const user = byId.get(item.userId);
        const mail = user ? renderMail(item.type, user.locale as Locale, item.data, `${base}${item.path}`) : null;
        if (user && mail) {
          await this.mailer.send(user.email, mail.subject, mail.text).catch((error: unknown) => {
            this.logger.warn({ err: error, type: item.type }, 'E-mail could not be sent');
          });
        }
      }),
    );
  }

  async list(user: AuthUser): Promise<NotificationListResponse> {
    const [items, unread] = await Promise.all([
      this.notifications.findLatest(user.id, 50),
      this.notifications.countUnread(user.id),
    ]);
    return {
      items: items.map((item) => ({
        id: item.id,
        type: item.type,
        data: item.data,
        readAt: item.readAt?.toISOString() ?? null,
        createdAt: item.createdAt.toISOString(),
      })),
      unread,
    };
  }

  async markRead(user: AuthUser, id: string): Promise<void> {
    if (!(await this.notifications.markRead(user.id, id))) {
      throw new NotFoundException('Notification not found.');
    }
  }

  async markAllRead(user: AuthUser): Promise<void> {
    await this.notifications.markAllRead(user.id);
  }
}
