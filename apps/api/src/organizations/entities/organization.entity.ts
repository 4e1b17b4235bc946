import type { CompanySize, OrganizationKind, VerificationStatus } from '@techzone/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { AccreditationEntity } from './accreditation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganizationLocationEntity } from './organization-location.entity';

@Entity('organizations')
@Index('idx_organizations_verification', ['verificationStatus', 'createdAt'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: OrganizationKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  municipality!: string | null;

  /** Chamber of Commerce number (8 digits), companies only. */
  @Index('uq_organizations_kvk_number', { unique: true, where: 'kvk_number IS NOT NULL' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  kvkNumber!: string | null;

  /** BRIN/RIO code, schools only. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  brinCode!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  sectorCode!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  size!: CompanySize | null;

  /** The logo image itself (at most 512 KB); never selected unless asked for. */
  @Column({ type: 'bytea', nullable: true, select: false })
  logo?: Buffer | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  logoType!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  verificationStatus!: VerificationStatus;

  @Column({ type: 'text', nullable: true })
  verificationNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'verified_by_id' })
  verifiedBy?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => MembershipEntity, (membership) => membership.organization)
  memberships?: MembershipEntity[];

  @OneToMany(() => OrganizationLocationEntity, (location) => location.organization, { cascade: true })
  locations?: OrganizationLocationEntity[];

  @OneToMany(() => AccreditationEntity, (accreditation) => accreditation.organization, { cascade: true })
  accreditations?: AccreditationEntity[];
}
