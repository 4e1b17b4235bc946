import type { ApplicationStatus, RejectionReason } from '@techzone/contracts';
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
import { PlacementRoundEntity } from '../../rounds/entities/placement-round.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { VacancyEntity } from '../../vacancies/entities/vacancy.entity';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationMessageEntity } from './application-message.entity';

/** A candidate's application to a vacancy. One per candidate and vacancy (a unique index, safe under races). */
@Entity('applications')
@Index('uq_applications_vacancy_candidate', ['vacancyId', 'candidateId'], { unique: true })
@Index('idx_applications_candidate', ['candidateId', 'updatedAt'])
@Index('idx_applications_vacancy_status', ['vacancyId', 'status'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'uuid' })
  vacancyId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: UserEntity;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'varchar', length: 16, default: 'submitted' })
  status!: ApplicationStatus;

  @Column({ type: 'text' })
  motivation!: string;

  /** Set when the offer came from a school's placement round (then the motivation is empty). */
  @ManyToOne(() => PlacementRoundEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'placement_round_id' })
  placementRound?: PlacementRoundEntity | null;

  @Column({ type: 'uuid', nullable: true })
  placementRoundId!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  rejectionReason!: RejectionReason | null;

  /** When the company first acted on it (moved, rejected or messaged): for response time and rate. */
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;

  /** The last time the company touched it: applications untouched for 10 working days are flagged. */
  @Column({ type: 'timestamptz' })
  lastCompanyActivityAt!: Date;

  /** When the company was last told that this application waits for an answer. */
  @Column({ type: 'timestamptz', nullable: true })
  overdueNotifiedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => ApplicationEventEntity, (event) => event.application)
  events?: ApplicationEventEntity[];

  @OneToMany(() => ApplicationMessageEntity, (message) => message.application)
  messages?: ApplicationMessageEntity[];
}
