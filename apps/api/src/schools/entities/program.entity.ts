import type { EducationLevel, LearningRoute } from '@techzone/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { CohortEntity } from './cohort.entity';

/** A school's programme: an MBO qualification (crebo) or an HBO/WO programme (CROHO), on a route. */
@Entity('programs')
@Index('idx_programs_organization', ['organizationId'])
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Column({ type: 'varchar', length: 5, nullable: true })
  crebo!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  croho!: string | null;

  @Column({ type: 'varchar', length: 8 })
  level!: EducationLevel;

  @Column({ type: 'varchar', length: 3, nullable: true })
  route!: LearningRoute | null;

  @OneToMany(() => CohortEntity, (cohort) => cohort.program)
  cohorts?: CohortEntity[];
}
