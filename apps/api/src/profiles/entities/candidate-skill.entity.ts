import type { SkillLevel } from '@techzone/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from '../../taxonomy/entities/skill.entity';
import { CandidateProfileEntity } from './candidate-profile.entity';

@Entity('candidate_skills')
@Index('idx_candidate_skills_skill', ['skillCode'])
export class CandidateSkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  skillCode!: string;

  @ManyToOne(() => CandidateProfileEntity, (profile) => profile.skills, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  profile?: CandidateProfileEntity;

  @ManyToOne(() => SkillEntity)
  @JoinColumn({ name: 'skill_code' })
  skill?: SkillEntity;

  @Column({ type: 'smallint' })
  level!: SkillLevel;
}
