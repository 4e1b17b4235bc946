import type { AgreementParty } from '@techzone/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgreementEntity } from './agreement.entity';

/** A party's signature on one agreement version: who, as which party, when. One per party (a unique index). */
@Entity('agreement_signatures')
@Index('uq_agreement_signatures_party', ['agreementId', 'party'], { unique: true })
export class AgreementSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AgreementEntity, (agreement) => agreement.signatures, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  @Column({ type: 'uuid' })
  agreementId!: string;

  @Column({ type: 'varchar', length: 10 })
  party!: AgreementParty;

  /** The signing user; null for a guardian, who signs through an e-mailed link. */
  @Column({ type: 'uuid', nullable: true })
  signerId!: string | null;

  @Column({ type: 'varchar', length: 160 })
  signerName!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  signedAt!: Date;
}
