import type { ApplicationEventActor, ApplicationStatus, RejectionReason } from '@techzone/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from './application.entity';

/** Every status change: who, when, from, to, why. */
@Entity('application_events')
@Index('idx_application_events_application', ['applicationId', 'createdAt'])
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ApplicationEntity, (application) => application.events, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  actorKind!: ApplicationEventActor;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: ApplicationStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: ApplicationStatus;

  @Column({ type: 'varchar', length: 32, nullable: true })
  reason!: RejectionReason | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
