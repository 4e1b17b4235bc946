import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QualificationEntity } from '../../taxonomy/entities/qualification.entity';
import { OrganizationEntity } from './organization.entity';

/** SBB accreditation (erkend leerbedrijf) of a company for one qualification. */
@Entity('accreditations')
export class AccreditationEntity {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 5 })
  crebo!: string;

  @ManyToOne(() => OrganizationEntity, (organization) => organization.accreditations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @ManyToOne(() => QualificationEntity)
  @JoinColumn({ name: 'crebo' })
  qualification?: QualificationEntity;

  @Column({ type: 'date' })
  since!: string;

  @Column({ type: 'date', nullable: true })
  until!: string | null;
}
