import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { InvitationEntity } from './entities/invitation.entity';

/** invitations: one-time links to join an organisation, stored by the hash of their token. */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>) {}

  insert(
    invitation: Omit<InvitationEntity, 'id' | 'createdAt' | 'acceptedAt' | 'organization'>,
  ): Promise<InvitationEntity> {
    return this.invitations.save(this.invitations.create(invitation));
  }

  /** The organisation's invitations with its name, newest first. */
  listFor(organizationId: string): Promise<InvitationEntity[]> {
    return this.invitations.find({
      where: { organizationId },
      relations: { organization: true },
      order: { createdAt: 'DESC' },
    });
  }

  findByTokenHash(manager: EntityManager, tokenHash: string): Promise<InvitationEntity | null> {
    return manager.getRepository(InvitationEntity).findOne({ where: { tokenHash }, relations: { organization: true } });
  }

  async markAccepted(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(InvitationEntity).update({ id }, { acceptedAt: new Date() });
  }
}
