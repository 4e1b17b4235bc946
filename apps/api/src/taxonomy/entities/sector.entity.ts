import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An SBI 2008 sector: section, division or group. */
@Entity('sectors')
export class SectorEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'varchar', length: 200 })
  nameNl!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 8 })
  level!: 'section' | 'division' | 'group';
}
