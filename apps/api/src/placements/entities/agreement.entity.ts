import type { AgreementContent, AgreementParty, AgreementStatus } from '@techzone/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AgreementSignatureEntity } from './agreement-signature.entity';
import { PlacementEntity } from './placement.entity';

/**
 * One version of a placement agreement (POK). Its content is fixed when drawn up; once every required party has
 * signed it is locked. A later change to the placement supersedes it with a new version to be signed again.
 */
@Entity('placement_agreements')
@Index('uq_placement_agreements_version', ['placementId', 'version'], { unique: true })
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => PlacementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column({ type: 'uuid' })
  placementId!: string;

  @Column({ type: 'smallint' })
  version!: number;

  @Column({ type: 'varchar', length: 20, default: 'awaiting_signatures' })
  status!: AgreementStatus;

  @Column({ type: 'jsonb' })
  content!: AgreementContent;

  @Column({ type: 'varchar', length: 10, array: true })
  requiredParties!: AgreementParty[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @OneToMany(() => AgreementSignatureEntity, (signature) => signature.agreement)
  signatures?: AgreementSignatureEntity[];
}
