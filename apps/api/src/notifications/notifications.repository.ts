import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { NotificationEntity } from './entities/notification.entity';

/** notifications: the in-app notifications of each user. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  /** Stores them in the caller's transaction, in one statement. */
  async insertMany(
    manager: EntityManager,
    rows: { userId: string; type: string; data: Record<string, string> }[],
  ): Promise<void> {
    if (rows.length) {
      await manager.getRepository(NotificationEntity).insert(rows);
    }
  }

  findLatest(userId: string, limit: number): Promise<NotificationEntity[]> {
    return this.notifications.find({ where: { userId }, order: { createdAt: 'DESC' }, take: limit });
  }

  countUnread(userId: string): Promise<number> {
    return this.notifications.count({ where: { userId, readAt: IsNull() } });
  }

  /** Marks one of the user's notifications read; false when the user has no such notification. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const result = await this.notifications.update({ id, userId }, { readAt: new Date() });
    return Boolean(result.affected);
  }

  async markAllRead(userId: string): Promise<void> {
    await this.notifications.update({ userId, readAt: IsNull() }, { readAt: new Date() });
  }
}
