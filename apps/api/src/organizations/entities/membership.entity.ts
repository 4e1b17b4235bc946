import type { MembershipRole } from '@techzone/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { OrganizationEntity } from './organization.entity';

@Entity('memberships')
@Index('uq_memberships_user_organization', ['userId', 'organizationId'], { unique: true })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => UserEntity, (user) => user.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => OrganizationEntity, (organization) => organization.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Index('idx_memberships_organization')
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: MembershipRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
