import type { CompanyRankingMode } from '@techzone/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VacancyEntity } from '../../vacancies/entities/vacancy.entity';
import { PlacementRoundEntity } from './placement-round.entity';

/** A vacancy taking part in a round, with the places it offers there and how its company ranks the students. */
@Entity('placement_round_vacancies')
@Index('idx_placement_round_vacancies_vacancy', ['vacancyId'])
export class RoundVacancyEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @PrimaryColumn({ type: 'uuid' })
  vacancyId!: string;

  @ManyToOne(() => PlacementRoundEntity, (round) => round.vacancies, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PlacementRoundEntity;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'smallint' })
  capacity!: number;

  @Column({ type: 'varchar', length: 8, default: 'score' })
  rankingMode!: CompanyRankingMode;

  /** With `manual`: student ids, best first. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  companyRanking!: string[];
}
