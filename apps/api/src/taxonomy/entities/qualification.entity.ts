import type { LearningRoute } from '@techzone/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An MBO qualification (kwalificatie) by crebo code. */
@Entity('qualifications')
export class QualificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  crebo!: string;

  @Column({ type: 'varchar', length: 160 })
  nameNl!: string;

  @Column({ type: 'varchar', length: 160 })
  nameEn!: string;

  @Column({ type: 'smallint' })
  level!: 1 | 2 | 3 | 4;

  @Column({ type: 'varchar', length: 5 })
  dossierCrebo!: string;

  @Column({ type: 'varchar', length: 160 })
  dossier!: string;

  @Column({ type: 'varchar', length: 120 })
  domain!: string;

  @Column({ type: 'varchar', length: 3, array: true, default: () => "'{}'" })
  routes!: LearningRoute[];

  /** Skill codes the qualification typically teaches. */
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" })
  skillCodes!: string[];
}
