import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramEntity } from './program.entity';

@Entity('cohorts')
@Index('idx_cohorts_program', ['programId'])
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ProgramEntity, (program) => program.cohorts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: ProgramEntity;

  @Column({ type: 'uuid' })
  programId!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;
}
