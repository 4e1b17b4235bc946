import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Hits per key per fixed window, in PostgreSQL so that every API replica shares them. */
@Entity('rate_limit_counters')
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Index('idx_rate_limit_counters_window')
  @PrimaryColumn({ type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'integer', default: 0 })
  hits!: number;
}
