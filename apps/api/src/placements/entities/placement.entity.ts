import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ApplicationEntity } from '../../applications/entities/application.entity';

export type PlacementStatus =
  'proposed' | 'approved' | 'agreement_signed' | 'active' | 'completed' | 'terminated' | 'rejected';

/**
 * A BOL/BBL placement: student × company × school. Created as `proposed` when a student accepts an offer for a
 * BOL internship or BBL place; the school approves it (the placements work builds on this).
 */
@Entity('placements')
@Index('idx_placements_school', ['schoolId', 'status'])
@Index('uq_placements_application', ['applicationId'], { unique: true })
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ type: 'uuid' })
  studentId!: string;

  @Column({ type: 'uuid' })
  companyId!: string;

  @Column({ type: 'uuid', nullable: true })
  schoolId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  vacancyId!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'proposed' })
  status!: PlacementStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
