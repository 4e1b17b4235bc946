import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { PlacementRoundEntity } from './placement-round.entity';

/** A student's choices in a round, first choice first. */
@Entity('placement_round_rankings')
export class RoundRankingEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @PrimaryColumn({ type: 'uuid' })
  studentId!: string;

  @ManyToOne(() => PlacementRoundEntity, (round) => round.rankings, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PlacementRoundEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id' })
  student?: UserEntity;

  @Column({ type: 'uuid', array: true })
  vacancyIds!: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
