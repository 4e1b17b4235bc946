import type { ApplicationActor } from '@techzone/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from './application.entity';

/** A message in an application's thread; an interview proposal carries a time and place. */
@Entity('application_messages')
@Index('idx_application_messages_application', ['applicationId', 'createdAt'])
export class ApplicationMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ApplicationEntity, (application) => application.messages, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'uuid', nullable: true })
  senderId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  senderKind!: ApplicationActor;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz', nullable: true })
  interviewAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  interviewPlace!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
