import type {
  CandidateLanguageInput,
  Certificate,
  EducationLevel,
  LearningRoute,
  VacancyType,
} from '@techzone/contracts';
import { Column, Entity, Index, JoinColumn, OneToMany, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { CandidateSkillEntity } from './candidate-skill.entity';

/** What a student or vakmens tells about themselves. Companies see it only when `discoverable` is on. */
@Entity('candidate_profiles')
@Index('idx_candidate_profiles_school', ['schoolId'])
export class CandidateProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  schoolId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  programId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  cohortId!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  educationLevel!: EducationLevel | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  route!: LearningRoute | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  qualificationCrebo!: string | null;

  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'integer', nullable: true })
  homePlaceId!: number | null;

  @Column({ type: 'smallint', default: 25 })
  maxTravelKm!: number;

  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  wantedTypes!: VacancyType[];

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  sectorCodes!: string[];

  @Column({ type: 'smallint', nullable: true })
  hoursPerWeekMin!: number | null;

  @Column({ type: 'smallint', nullable: true })
  hoursPerWeekMax!: number | null;

  @Column({ type: 'date', nullable: true })
  availableFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  availableTo!: string | null;

  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  certificates!: Certificate[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages!: CandidateLanguageInput[];

  @Column({ type: 'text', nullable: true })
  about!: string | null;

  @Column({ type: 'text', nullable: true })
  experience!: string | null;

  @Column({ type: 'boolean', default: false })
  discoverable!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => CandidateSkillEntity, (skill) => skill.profile, { cascade: true })
  skills?: CandidateSkillEntity[];
}
