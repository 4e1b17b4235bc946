import type { LearningRoute, PlacementStatus } from '@techzone/contracts';
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
import { ApplicationEntity } from '../../applications/entities/application.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { VacancyEntity } from '../../vacancies/entities/vacancy.entity';
import { PlacementEventEntity } from './placement-event.entity';

export type { PlacementStatus };

/**
 * A BOL/BBL placement: student × company × school. Created as `proposed` when a student accepts an offer for a
 * BOL internship or BBL place (also one from a placement round); the school checks and approves it, assigns a
 * supervisor, the company a mentor. Period and hours start as the vacancy's and the coordinator may correct them
 * before approval.
 */
@Entity('placements')
@Index('idx_placements_school', ['schoolId', 'status'])
@Index('idx_placements_company', ['companyId', 'status'])
@Index('idx_placements_student', ['studentId'])
@Index('uq_placements_application', ['applicationId'], { unique: true })
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id' })
  student?: UserEntity;

  @Column({ type: 'uuid' })
  studentId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: OrganizationEntity;

  @Column({ type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'school_id' })
  school?: OrganizationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => VacancyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity | null;

  @Column({ type: 'uuid', nullable: true })
  vacancyId!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'proposed' })
  status!: PlacementStatus;

  /** The student's qualification (crebo) at the time of the proposal. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  qualificationCrebo!: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  route!: LearningRoute | null;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'smallint', nullable: true })
  hoursPerWeek!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'supervisor_id' })
  supervisor?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  supervisorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  mentorId!: string | null;

  @Column({ type: 'text', nullable: true })
  rejectionNote!: string | null;

  @Column({ type: 'text', nullable: true })
  terminationReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => PlacementEventEntity, (event) => event.placement)
  events?: PlacementEventEntity[];
}
