import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('skills')
export class SkillEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'varchar', length: 120 })
  labelNl!: string;

  @Column({ type: 'varchar', length: 120 })
  labelEn!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'group' | 'skill';

  @Column({ type: 'varchar', length: 200, nullable: true })
  escoUri!: string | null;

  /** Other words people use for it, both languages: they count in search and autocomplete. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  synonyms!: string[];
}
