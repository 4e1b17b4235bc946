import type { ReportCategory } from '@techzone/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { PlacementEntity } from './placement.entity';

/**
 * A report: a `problem` with a placement (its parties see it), or a student's report of `misconduct` by a company,
 * which only the student's school and the program office see.
 */
@Entity('reports')
@Index('idx_reports_school', ['schoolId', 'createdAt'])
@Index('idx_reports_placement', ['placementId'])
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: 'problem' | 'misconduct';

  @Column({ type: 'varchar', length: 16, nullable: true })
  category!: ReportCategory | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @ManyToOne(() => PlacementEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity | null;

  @Column({ type: 'uuid', nullable: true })
  placementId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: OrganizationEntity;

  @Column({ type: 'uuid' })
  companyId!: string;

  /** The reporter's school at the time (misconduct reports reach its coordinators). */
  @Column({ type: 'uuid', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: UserEntity;

  @Column({ type: 'uuid' })
  reporterId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
