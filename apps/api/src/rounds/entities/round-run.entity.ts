import type { AllocationStatisticsResponse, UnplacedReasonCode } from '@techzone/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlacementRoundEntity } from './placement-round.entity';

export interface RunOutcome {
  /** Student id → vacancy id (placed students only). */
  assignment: Record<string, string>;
  unplaced: Record<string, UnplacedReasonCode>;
  statistics: AllocationStatisticsResponse;
}

/** What a run allocated, with the market it saw, so that it can be shown, compared and published later. */
export interface RunResult {
  /** A digest of the market (choices, capacities, company rankings): publishing needs the market unchanged. */
  fingerprint: string;
  /** Student id → vacancy ids as ranked at the time of the run. */
  choices: Record<string, string[]>;
  /** Vacancy id → places in the round at the time of the run. */
  capacities: Record<string, number>;
  lotteryOrder: string[];
  stable: RunOutcome;
  optimal: RunOutcome & { blockingPairs: { studentId: string; vacancyId: string }[] };
}

/** One allocation of a round with one lottery seed: the stable and the optimal outcome side by side. */
@Entity('placement_round_runs')
@Index('idx_placement_round_runs_round', ['roundId', 'createdAt'])
export class RoundRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => PlacementRoundEntity, (round) => round.runs, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PlacementRoundEntity;

  @Column({ type: 'uuid' })
  roundId!: string;

  @Column({ type: 'varchar', length: 64 })
  seed!: string;

  @Column({ type: 'jsonb' })
  result!: RunResult;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
