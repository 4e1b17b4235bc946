import type { Certificate, EducationLevel, VacancyType } from '@techzone/contracts';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { VacancyEntity } from './vacancy.entity';

/**
 * The published vacancies, narrow: the columns that search and the matching pre-filter read, one row per published
 * vacancy. Kept by the statement triggers of the migration PublishedVacancies (from `vacancies` and
 * `accreditations`); the application never writes it. Narrow rows are what make counting and walking many matches
 * cheap: the search vector (about 2 kB) is stored out of line (TOAST), read only to rank the few rows shown.
 * The indexes (GiST on the place, GIN on words and keys, publication order, facets) are written in the migration.
 */
@Entity('published_vacancies')
@Index('idx_published_vacancies_organization', ['organizationId'])
@Index('idx_published_vacancies_geo', { synchronize: false })
@Index('idx_published_vacancies_search', { synchronize: false })
@Index('idx_published_vacancies_published', { synchronize: false })
@Index('idx_published_vacancies_facets', { synchronize: false })
export class PublishedVacancyEntity {
  @PrimaryColumn({ type: 'uuid' })
  vacancyId!: string;

  @OneToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: VacancyType;

  @Column({ type: 'varchar', length: 100 })
  municipality!: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  sectorCode!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  sectorDivision!: string | null;

  @Column({ type: 'varchar', length: 8, array: true })
  levels!: EducationLevel[];

  @Column({ type: 'varchar', length: 5, array: true })
  qualificationCrebos!: string[];

  @Column({ type: 'varchar', length: 32, array: true })
  certificates!: Certificate[];

  @Column({ type: 'smallint', nullable: true })
  minAge!: number | null;

  @Column({ type: 'smallint' })
  hoursPerWeek!: number;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** The skills as the matching engine reads them: "code:minLevel:importance" words. */
  @Column({ type: 'text' })
  matchSkills!: string;

  /** The company's accreditations, "crebo:since:until" words (until empty when open-ended), all of them. */
  @Column({ type: 'text' })
  accreditations!: string;

  @Column({ type: 'tsvector', nullable: true })
  searchVector!: string | null;

  @Column({ type: 'tsvector', nullable: true })
  searchKeys!: string | null;
}
