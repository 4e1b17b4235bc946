import type { EvaluationKind, EvaluationResponse } from '@techzone/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { PlacementEntity } from './placement.entity';

/** The mentor's midterm or final evaluation (a rating and comment per work process), co-signed by the school. */
@Entity('evaluations')
export class EvaluationEntity {
  @PrimaryColumn({ type: 'uuid' })
  placementId!: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  kind!: EvaluationKind;

  @ManyToOne(() => PlacementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column({ type: 'jsonb' })
  ratings!: EvaluationResponse['ratings'];

  @Column({ type: 'text' })
  summary!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'written_by' })
  writer?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  writtenBy!: string | null;

  @Column({ type: 'timestamptz' })
  writtenAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'cosigned_by' })
  cosigner?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  cosignedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cosignedAt!: Date | null;
}
