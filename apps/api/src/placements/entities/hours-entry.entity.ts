import type { HoursStatus } from '@techzone/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { PlacementEntity } from './placement.entity';

/** The hours a student worked in one week of a placement; the mentor approves or rejects them. */
@Entity('hours_entries')
export class HoursEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  placementId!: string;

  /** The Monday of the week. */
  @PrimaryColumn({ type: 'date' })
  weekStart!: string;

  @ManyToOne(() => PlacementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column({ type: 'numeric', precision: 4, scale: 1 })
  hours!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'submitted' })
  status!: HoursStatus;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'reviewed_by' })
  reviewer?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
