import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { EventAttendeeResponse, EventResponse } from '@techzone/contracts';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { NotificationsService } from '../notifications/notifications.service';
import { COMPANY_STAFF } from '../organizations/organization-access';
import { OrganizationsService } from '../organizations/organizations.service';
import { PlaceEntity } from '../taxonomy/entities/place.entity';
import { EventDto, EventListQueryDto, EventUpdateDto } from './dto/event.dto';
import { EventSignupEntity } from './entities/event-signup.entity';
import { EventEntity } from './entities/event.entity';

/**
 * Regional events. The program office publishes its own at once; a verified company's event waits for the program
 * office's approval. Candidates sign up while there is room (the event row is locked, so a full event never
 * overbooks); the organiser sees who comes.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

  /** Upcoming published events, soonest first. */
  async upcoming(user: AuthUser | null, query: EventListQueryDto): Promise<EventResponse[]> {
    const events = await this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.place', 'place')
      .leftJoinAndSelect('e.organization', 'organization')
      .where(`e.status = 'published' AND e.ends_at > now()`)
      .andWhere(query.kind ? 'e.kind = :kind' : 'TRUE', { kind: query.kind })
      .andWhere(query.municipality ? 'place.municipality = :municipality' : 'TRUE', {
        municipality: query.municipality,
      })
      .orderBy('e.starts_at', 'ASC')
      .take(200)
      .getMany();
    return this.respond(user, events);
  }

  /**
   * Public once published; the organiser and the program office also see it before. Whoever signed up keeps seeing
   * it after a cancellation, so that the cancellation notice's link shows what happened.
   */
  async get(user: AuthUser | null, id: string): Promise<EventResponse> {
    const event = await this.find(this.dataSource.manager, id);
    if (!event || (event.status !== 'published' && !(user && (await this.mayStillSee(user, event))))) {
      throw new NotFoundException('Event not found.');
    }
    return (await this.respond(user, [event]))[0];
  }

  /** The events the user organises (company members) or all pending and published ones (program office). */
  async managed(user: AuthUser): Promise<EventResponse[]> {
    const organizations = user.memberships.map((m) => m.organizationId);
    const isAdmin = user.roles.includes('admin');
    if (!isAdmin && !organizations.length) {
      return [];
    }
    const events = await this.dataSource.getRepository(EventEntity).find({
      where: isAdmin ? {} : { organizationId: In(organizations) },
      relations: { place: true, organization: true },
      order: { startsAt: 'DESC' },
      take: 500,
    });
    return this.respond(user, events);
  }

  async create(user: AuthUser, dto: EventDto): Promise<EventResponse> {
    const isAdmin = user.roles.includes('admin');
    let organizationId: string | null = null;
    if (!isAdmin) {
      organizationId = dto.organizationId ?? null;
      const membership = user.memberships.find((m) => m.organizationId === organizationId);
      if (
        !organizationId ||
        !membership ||
        membership.kind !== 'company' ||
        !user.permissions.includes('vacancy.manage')
      ) {
        throw new ForbiddenException('Companies add events for their own company; the program office for the region.');
      }
      if (!membership.verified) {
        throw new ForbiddenException('Your company must be verified before it adds events.');
      }
    }
    await this.check(dto.startsAt, dto.endsAt, dto.placeId);
    const id = await this.dataSource.transaction(async (manager) => {
      const event = await manager.getRepository(EventEntity).save(
        manager.getRepository(EventEntity).create({
          kind: dto.kind,
          title: dto.title,
          description: dto.description,
          startsAt: new Date(dto.startsAt),
          endsAt: new Date(dto.endsAt),
          placeId: dto.placeId,
          address: dto.address ?? null,
          capacity: dto.capacity ?? null,
          status: isAdmin ? 'published' : 'pending',
          organizationId,
          createdBy: user.id,
        }),
      );
      await this.audit.record(
        { actorId: user.id, action: 'event.created', entityType: 'event', entityId: event.id },
        manager,
      );
      return event.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: EventUpdateDto): Promise<EventResponse> {
    const event = await this.managedEvent(user, id);
    if (event.status === 'cancelled' || event.status === 'rejected') {
      throw new ConflictException(`A ${event.status} event can no longer change.`);
    }
    await this.check(
      dto.startsAt ?? event.startsAt.toISOString(),
      dto.endsAt ?? event.endsAt.toISOString(),
      dto.placeId ?? event.placeId,
    );
    await this.dataSource.getRepository(EventEntity).update(
      { id },
      {
        ...(dto.kind !== undefined ? { kind: dto.kind } : {}),
        ...(dto.title !== undefined ? { title: dto.title } : {}),
        ...(dto.description !== undefined ? { description: dto.description } : {}),
        ...(dto.startsAt !== undefined ? { startsAt: new Date(dto.startsAt) } : {}),
        ...(dto.endsAt !== undefined ? { endsAt: new Date(dto.endsAt) } : {}),
        ...(dto.placeId !== undefined ? { placeId: dto.placeId } : {}),
        ...(dto.address !== undefined ? { address: dto.address } : {}),
        ...(dto.capacity !== undefined ? { capacity: dto.capacity } : {}),
      },
    );
    return this.get(user, id);
  }

  /** The organiser or the program office cancels; everyone who signed up hears of it. */
  async cancel(user: AuthUser, id: string): Promise<EventResponse> {
    const event = await this.managedEvent(user, id);
    const mail = await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(EventEntity).update({ id }, { status: 'cancelled' });
      const signups = await manager.getRepository(EventSignupEntity).find({ where: { eventId: id } });
      return this.notifications.notify(
        manager,
        signups.map((signup) => ({
          userId: signup.userId,
          type: 'event.cancelled',
          data: { eventTitle: event.title, eventId: id },
          path: `/evenementen/${id}`,
        })),
      );
    });
    await this.notifications.deliver(mail);
    return this.get(user, id);
  }

  /** The program office approves or rejects a company's event, when rejecting with a reason if it gives one. */
  async review(user: AuthUser, id: string, approve: boolean, note: string | null = null): Promise<EventResponse> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const event = await this.find(manager, id);
      if (!event) {
        throw new NotFoundException('Event not found.');
      }
      if (event.status !== 'pending') {
        throw new ConflictException(`This event is ${event.status}, not waiting for approval.`);
      }
      await manager
        .getRepository(EventEntity)
        .update({ id }, { status: approve ? 'published' : 'rejected', reviewNote: approve ? null : note });
      await this.audit.record(
        { actorId: user.id, action: approve ? 'event.approved' : 'event.rejected', entityType: 'event', entityId: id },
        manager,
      );
      const recipients = event.organizationId
        ? await this.organizations.recipients(manager, [{ organizationId: event.organizationId, roles: COMPANY_STAFF }])
        : [];
      return this.notifications.notify(
        manager,
        recipients.map((userId) => ({
          userId,
          type: approve ? 'event.approved' : 'event.rejected',
          data: { eventTitle: event.title, eventId: id, ...(!approve && note ? { note } : {}) },
          path: `/evenementen/${id}`,
        })),
      );
    });
    await this.notifications.deliver(mail);
    return this.get(user, id);
  }

  async signUp(user: AuthUser, id: string): Promise<EventResponse> {
    await this.dataSource.transaction(async (manager) => {
      const event = await manager
        .getRepository(EventEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!event || event.status !== 'published') {
        throw new NotFoundException('Event not found.');
      }
      if (event.endsAt.getTime() <= Date.now()) {
        throw new ConflictException('This event is over.');
      }
      const count = await manager.getRepository(EventSignupEntity).count({ where: { eventId: id } });
      if (event.capacity !== null && count >= event.capacity) {
        throw new ConflictException('This event is full.');
      }
      try {
        await manager.getRepository(EventSignupEntity).insert({ eventId: id, userId: user.id });
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
          throw new ConflictException('You have already signed up.');
        }
        throw error;
      }
    });
    return this.get(user, id);
  }

  async cancelSignup(user: AuthUser, id: string): Promise<EventResponse> {
    const result = await this.dataSource.getRepository(EventSignupEntity).delete({ eventId: id, userId: user.id });
    if (!result.affected) {
      throw new NotFoundException('You had not signed up for this event.');
    }
    return this.get(user, id);
  }

  async mine(user: AuthUser): Promise<EventResponse[]> {
    const signups = await this.dataSource.getRepository(EventSignupEntity).find({ where: { userId: user.id } });
    if (!signups.length) {
      return [];
    }
    const events = await this.dataSource.getRepository(EventEntity).find({
      where: { id: In(signups.map((signup) => signup.eventId)) },
      relations: { place: true, organization: true },
      order: { startsAt: 'ASC' },
    });
    return this.respond(user, events);
  }

  /** Who signed up: for the organiser and the program office only. */
  async attendees(user: AuthUser, id: string): Promise<EventAttendeeResponse[]> {
    await this.managedEvent(user, id);
    const rows = (await this.dataSource.query(
      `SELECT u.id, u.name, s.created_at FROM event_signups s JOIN users u ON u.id = s.user_id
       WHERE s.event_id = $1 ORDER BY s.created_at`,
      [id],
    )) as { id: string; name: string; created_at: Date }[];
    return rows.map((row) => ({ userId: row.id, name: row.name, signedUpAt: new Date(row.created_at).toISOString() }));
  }

  private canManage(user: AuthUser, event: EventEntity): boolean {
    return (
      user.roles.includes('admin') ||
      (event.organizationId !== null &&
        user.memberships.some((m) => m.organizationId === event.organizationId) &&
        user.permissions.includes('vacancy.manage'))
    );
  }

  private async mayStillSee(user: AuthUser, event: EventEntity): Promise<boolean> {
    return (
      this.canManage(user, event) ||
      (event.status === 'cancelled' &&
        (await this.dataSource
          .getRepository(EventSignupEntity)
          .exists({ where: { eventId: event.id, userId: user.id } })))
    );
  }

  private async managedEvent(user: AuthUser, id: string): Promise<EventEntity> {
    const event = await this.find(this.dataSource.manager, id);
    if (!event || !this.canManage(user, event)) {
      throw new NotFoundException('Event not found.');
    }
    return event;
  }

  private find(manager: EntityManager, id: string): Promise<EventEntity | null> {
    return manager
      .getRepository(EventEntity)
      .findOne({ where: { id }, relations: { place: true, organization: true } });
  }

  private async check(startsAt: string, endsAt: string, placeId: number): Promise<void> {
    const details: { field: string; code: string; message: string }[] = [];
    if (new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
      details.push({ field: 'endsAt', code: 'endBeforeStart', message: 'endsAt must be after startsAt' });
    }
    if (new Date(endsAt).getTime() <= Date.now()) {
      details.push({ field: 'endsAt', code: 'past', message: 'the event must not be over already' });
    }
    if (!(await this.dataSource.getRepository(PlaceEntity).findOne({ where: { id: placeId } }))) {
      details.push({ field: 'placeId', code: 'unknownPlace', message: 'placeId is not a known place' });
    }
    if (details.length) {
      throw new BadRequestException({ message: 'Check the event details.', details });
    }
  }

  private async respond(user: AuthUser | null, events: EventEntity[]): Promise<EventResponse[]> {
    if (!events.length) {
      return [];
    }
    const ids = events.map((event) => event.id);
    const counts = (await this.dataSource.query(
      `SELECT event_id, count(*)::int AS n,
              bool_or(user_id = $2::uuid) AS mine
       FROM event_signups WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
      [ids, user?.id ?? null],
    )) as { event_id: string; n: number; mine: boolean | null }[];
    const byId = new Map(counts.map((row) => [row.event_id, row]));
    return events.map((event) => ({
      id: event.id,
      kind: event.kind,
      title: event.title,
      description: event.description,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      place: {
        id: event.placeId,
        name: event.place?.name ?? '',
        municipality: event.place?.municipality ?? '',
      },
      address: event.address,
      capacity: event.capacity,
      signups: byId.get(event.id)?.n ?? 0,
      status: event.status,
      organizer: event.organization ? { id: event.organization.id, name: event.organization.name } : null,
      signedUp: Boolean(byId.get(event.id)?.mine),
      canManage: user ? this.canManage(user, event) : false,
      reviewNote: user && this.canManage(user, event) ? event.reviewNote : null,
    }));
  }
}
