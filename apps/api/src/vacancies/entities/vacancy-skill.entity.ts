import type { SkillImportance, SkillLevel } from '@techzone/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from '../../taxonomy/entities/skill.entity';
import { VacancyEntity } from './vacancy.entity';

@Entity('vacancy_skills')
@Index('idx_vacancy_skills_skill', ['skillCode'])
export class VacancySkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  vacancyId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  skillCode!: string;

  @ManyToOne(() => VacancyEntity, (vacancy) => vacancy.skills, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @ManyToOne(() => SkillEntity)
  @JoinColumn({ name: 'skill_code' })
  skill?: SkillEntity;

  @Column({ type: 'smallint', default: 1 })
  minLevel!: SkillLevel;

  @Column({ type: 'varchar', length: 4, default: 'must' })
  importance!: SkillImportance;
}
