import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlaceEntity } from '../../taxonomy/entities/place.entity';
import { OrganizationEntity } from './organization.entity';

@Entity('organization_locations')
export class OrganizationLocationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrganizationEntity, (organization) => organization.locations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => PlaceEntity)
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;

  @Column({ type: 'integer' })
  placeId!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address!: string | null;
}
