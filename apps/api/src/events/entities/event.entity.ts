import type { EventKind, EventStatus } from '@techzone/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { PlaceEntity } from '../../taxonomy/entities/place.entity';

/** A regional event: published by the program office, or proposed by a company and approved by it. */
@Entity('events')
@Index('idx_events_upcoming', ['status', 'startsAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: EventKind;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @ManyToOne(() => PlaceEntity)
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;

  @Column({ type: 'integer' })
  placeId!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address!: string | null;

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: EventStatus;

  /** Why the program office did not approve it (shown to the organiser). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reviewNote!: string | null;

  /** The company that organises it; null for the program office's own events. */
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
