import type { AllocationMethod, RoundStatus } from '@techzone/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { CohortEntity } from '../../schools/entities/cohort.entity';
import { RoundRankingEntity } from './round-ranking.entity';
import { RoundRunEntity } from './round-run.entity';
import { RoundVacancyEntity } from './round-vacancy.entity';

/** A school's placement round for one cohort (see @techzone/contracts rounds.ts). */
@Entity('placement_rounds')
@Index('idx_placement_rounds_school', ['schoolId', 'createdAt'])
@Index('idx_placement_rounds_cohort', ['cohortId'])
export class PlacementRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  school?: OrganizationEntity;

  @Column({ type: 'uuid' })
  schoolId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'uuid' })
  cohortId!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ type: 'smallint' })
  maxChoices!: number;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: RoundStatus;

  /** The run and method that were published. */
  @Column({ type: 'uuid', nullable: true })
  publishedRunId!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  publishedMethod!: AllocationMethod | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => RoundVacancyEntity, (vacancy) => vacancy.round)
  vacancies?: RoundVacancyEntity[];

  @OneToMany(() => RoundRankingEntity, (ranking) => ranking.round)
  rankings?: RoundRankingEntity[];

  @OneToMany(() => RoundRunEntity, (run) => run.round)
  runs?: RoundRunEntity[];
}
