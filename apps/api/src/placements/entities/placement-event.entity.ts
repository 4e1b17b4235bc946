import type { PlacementStatus } from '@techzone/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { PlacementEntity } from './placement.entity';

/** A step in a placement's life (proposed, approved, supervisor assigned, ...): who, when, and the status change. */
@Entity('placement_events')
@Index('idx_placement_events_placement', ['placementId', 'createdAt'])
export class PlacementEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => PlacementEntity, (placement) => placement.events, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column({ type: 'uuid' })
  placementId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  action!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus!: PlacementStatus | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  toStatus!: PlacementStatus | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
