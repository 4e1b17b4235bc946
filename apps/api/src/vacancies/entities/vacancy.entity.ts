import type { Certificate, EducationLevel, VacancyStatus, VacancyType } from '@techzone/contracts';
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
import { PlaceEntity } from '../../taxonomy/entities/place.entity';
import { VacancySkillEntity } from './vacancy-skill.entity';

/**
 * A vacancy or placement. `searchText` gathers title, description, company, place and skill labels. Published
 * vacancies are copied, narrow, into `published_vacancies` (PublishedVacancyEntity) by a trigger that also turns
 * title and search text into the search vector (Dutch, unaccented) and the filter keys; that table holds the search
 * indexes. The index written in a migration is marked synchronize: false.
 */
@Entity('vacancies')
@Index('idx_vacancies_organization', ['organizationId', 'status'])
@Index('idx_vacancies_published', { synchronize: false })
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: VacancyType;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: VacancyStatus;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @ManyToOne(() => PlaceEntity)
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;

  @Column({ type: 'integer' })
  placeId!: number;

  /** Copied from the place so that search needs no join. */
  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;

  @Column({ type: 'varchar', length: 100 })
  municipality!: string;

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  levels!: EducationLevel[];

  @Column({ type: 'varchar', length: 5, array: true, default: () => "'{}'" })
  qualificationCrebos!: string[];

  @Column({ type: 'varchar', length: 8, nullable: true })
  sectorCode!: string | null;

  /** The SBI division (2 digits) of sectorCode, for facets. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  sectorDivision!: string | null;

  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  certificates!: Certificate[];

  @Column({ type: 'smallint', nullable: true })
  minAge!: number | null;

  @Column({ type: 'smallint' })
  hoursPerWeek!: number;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'smallint', default: 1 })
  positions!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  compensation!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contactName!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  /** Blind first review: name, photo and age stay hidden until the company moves an applicant past in_review. */
  @Column({ type: 'boolean', default: false })
  blindReview!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'text', default: '' })
  searchText!: string;

  /** The skills as the matching pre-filter reads them ("code:minLevel:importance"), written with searchText. */
  @Column({ type: 'text', default: '', select: false, insert: false, update: false })
  matchSkills?: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => VacancySkillEntity, (skill) => skill.vacancy, { cascade: true })
  skills?: VacancySkillEntity[];
}
