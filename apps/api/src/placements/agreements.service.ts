import { ConflictException, ForbiddenException, GoneException, Injectable, NotFoundException } from '@nestjs/common';
import {
  GUARDIAN_LINK_DAYS,
  type AgreementParty,
  type AgreementResponse,
  type GuardianAgreementResponse,
  type Locale,
} from '@techzone/contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { newToken, sha256 } from '../common/tokens';
import { AppConfig, publicUrl } from '../config/app-config';
import { Mailer } from '../notifications/mailer';
import { NotificationsService } from '../notifications/notifications.service';
import { COMPANY_STAFF } from '../organizations/organization-access';
import { OrganizationsService } from '../organizations/organizations.service';
import { currentAgreement, drawAgreement, latestGuardianLink, toAgreementResponse } from './agreement-drafting';
import { agreementPdf } from './agreement-pdf';
import { GuardianInviteDto, GuardianSignDto } from './dto/placement.dto';
import { AgreementSignatureEntity } from './entities/agreement-signature.entity';
import { AgreementEntity } from './entities/agreement.entity';
import { GuardianLinkEntity } from './entities/guardian-link.entity';
import { PlacementEventEntity } from './entities/placement-event.entity';
import { PlacementEntity } from './entities/placement.entity';
import { PlacementsService, signingParty } from './placements.service';

/**
 * The placement agreement (POK): drawn up by the coordinator from an approved placement, signed in the app by the
 * student, the company and the school, and by a parent or guardian through a one-time e-mailed link when the
 * student is under 18 on the start date. Signed by all, it is locked and the placement is under way.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly placements: PlacementsService,
    private readonly notifications: NotificationsService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

  async draw(user: AuthUser, placementId: string): Promise<AgreementResponse> {
    await this.dataSource.transaction(async (manager) => {
      const { placement, viewer } = await this.placements.access(manager, user, placementId, true);
      if (viewer !== 'coordinator') {
        throw new NotFoundException('Placement not found.');
      }
      if (placement.status !== 'approved') {
        throw new ConflictException('The school approves the placement before the agreement is drawn up.');
      }
      const agreement = await drawAgreement(manager, placement);
      await this.placements.event(
        manager,
        placementId,
        user.id,
        'agreement_drawn',
        null,
        null,
        `v${agreement.version}`,
      );
    });
    return this.get(user, placementId);
  }

  async get(user: AuthUser, placementId: string): Promise<AgreementResponse> {
    await this.placements.access(this.dataSource.manager, user, placementId);
    const agreement = await currentAgreement(this.dataSource.manager, placementId);
    if (!agreement) {
      throw new NotFoundException('No agreement has been drawn up for this placement yet.');
    }
    return toAgreementResponse(agreement, await latestGuardianLink(this.dataSource.manager, agreement.id));
  }

  async pdf(user: AuthUser, placementId: string, locale: Locale): Promise<Buffer> {
    return agreementPdf(await this.get(user, placementId), locale);
  }

  /** The user signs for their side: the student as student, a coordinator for the school, the company's people for it. */
  async sign(user: AuthUser, placementId: string): Promise<AgreementResponse> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const access = await this.placements.access(manager, user, placementId, true);
      const party = signingParty(user, access.viewer, access.placement);
      if (!party) {
        throw new ForbiddenException('You do not sign this agreement: the coordinator signs for the school.');
      }
      const agreement = await this.openAgreement(manager, placementId);
      await this.addSignature(manager, agreement, party, user.id, user.name);
      return this.completeIfSigned(manager, agreement, access.placement, user.id);
    });
    await this.notifications.deliver(mail);
    return this.get(user, placementId);
  }

  /** Sends a parent or guardian a link to sign; an earlier unused link stops working. */
  async inviteGuardian(user: AuthUser, placementId: string, dto: GuardianInviteDto): Promise<AgreementResponse> {
    const { token, agreement } = await this.dataSource.transaction(async (manager) => {
      const { viewer } = await this.placements.access(manager, user, placementId, true);
      if (viewer !== 'student' && viewer !== 'coordinator') {
        throw new ForbiddenException('The student or the school coordinator invites the guardian.');
      }
      const current = await this.openAgreement(manager, placementId);
      if (!current.requiredParties.includes('guardian')) {
        throw new ConflictException('This student is 18 or older on the start date: no guardian signs.');
      }
      if (current.signatures?.some((s) => s.party === 'guardian')) {
        throw new ConflictException('The guardian has already signed.');
      }
      await manager
        .getRepository(GuardianLinkEntity)
        .createQueryBuilder()
        .update()
        .set({ expiresAt: () => 'now()' })
        .where('agreement_id = :id AND used_at IS NULL AND expires_at > now()', { id: current.id })
        .execute();
      const secret = newToken();
      await manager.getRepository(GuardianLinkEntity).insert({
        agreementId: current.id,
        tokenHash: sha256(secret),
        name: dto.name,
        email: dto.email,
        expiresAt: new Date(Date.now() + GUARDIAN_LINK_DAYS * 86_400_000),
        usedAt: null,
      });
      await this.placements.event(manager, placementId, user.id, 'guardian_invited', null, null, null);
      return { token: secret, agreement: current };
    });
    const link = `${publicUrl(this.config)}/ouder/${token}`;
    const { student, company } = agreement.content;
    await this.mailer.send(
      dto.email,
      `Praktijkovereenkomst van ${student.name} ondertekenen / Sign ${student.name}'s placement agreement`,
      `Beste ${dto.name},\n\n${student.name} gaat stage lopen bij ${company.name}. Omdat ${student.name} jonger is dan 18, tekent u als ouder of voogd de praktijkovereenkomst mee. Lees en teken hem hier (de link werkt één keer en ${GUARDIAN_LINK_DAYS} dagen):\n${link}\n\n` +
        `Dear ${dto.name},\n\n${student.name} starts a placement at ${company.name}. As ${student.name} is under 18, you sign the placement agreement as parent or guardian. Read and sign it here (the link works once, for ${GUARDIAN_LINK_DAYS} days):\n${link}\n`,
    );
    return this.get(user, placementId);
  }

  async guardianView(token: string): Promise<GuardianAgreementResponse> {
    const { link, agreement } = await this.usableLink(this.dataSource.manager, token);
    const response = toAgreementResponse(agreement, null);
    return {
      agreement: {
        version: response.version,
        status: response.status,
        content: response.content,
        requiredParties: response.requiredParties,
        signatures: response.signatures,
      },
      guardianName: link.name,
      expiresAt: link.expiresAt.toISOString(),
    };
  }

  async guardianPdf(token: string, locale: Locale): Promise<Buffer> {
    const { agreement } = await this.usableLink(this.dataSource.manager, token);
    return agreementPdf(toAgreementResponse(agreement, null), locale);
  }

  async guardianSign(token: string, dto: GuardianSignDto): Promise<GuardianAgreementResponse> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const { link, agreement } = await this.usableLink(manager, token, true);
      const placement = await manager.getRepository(PlacementEntity).findOneOrFail({
        where: { id: agreement.placementId },
        relations: { student: true, company: true, school: true },
      });
      await manager.query(`SELECT id FROM placements WHERE id = $1 FOR UPDATE`, [placement.id]);
      await this.addSignature(manager, agreement, 'guardian', null, dto.name);
      await manager.getRepository(GuardianLinkEntity).update({ id: link.id }, { usedAt: new Date() });
      await this.placements.event(manager, placement.id, null, 'guardian_signed', null, null, dto.name);
      return this.completeIfSigned(manager, agreement, placement, null);
    });
    await this.notifications.deliver(mail);
    const agreement = await this.dataSource.getRepository(GuardianLinkEntity).findOneOrFail({
      where: { tokenHash: sha256(token) },
    });
    const signed = await this.dataSource
      .getRepository(AgreementEntity)
      .findOneOrFail({ where: { id: agreement.agreementId }, relations: { signatures: true } });
    const response = toAgreementResponse(signed, null);
    return {
      agreement: {
        version: response.version,
        status: response.status,
        content: response.content,
        requiredParties: response.requiredParties,
        signatures: response.signatures,
      },
      guardianName: agreement.name,
      expiresAt: agreement.expiresAt.toISOString(),
    };
  }

  /** The link and its agreement: unknown links do not exist (404); used or expired ones, or old versions, are gone (410). */
  private async usableLink(
    manager: EntityManager,
    token: string,
    lock = false,
  ): Promise<{ link: GuardianLinkEntity; agreement: AgreementEntity }> {
    const link = await manager.getRepository(GuardianLinkEntity).findOne({
      where: { tokenHash: sha256(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!link) {
      throw new NotFoundException('This link is not known.');
    }
    const agreement = await manager
      .getRepository(AgreementEntity)
      .findOneOrFail({ where: { id: link.agreementId }, relations: { signatures: true } });
    if (link.usedAt || link.expiresAt.getTime() <= Date.now() || agreement.status !== 'awaiting_signatures') {
      throw new GoneException('This link has been used or has expired. Ask the student or the school for a new one.');
    }
    return { link, agreement };
  }

  private async openAgreement(manager: EntityManager, placementId: string): Promise<AgreementEntity> {
    const agreement = await currentAgreement(manager, placementId);
    if (!agreement) {
      throw new NotFoundException('No agreement has been drawn up for this placement yet.');
    }
    if (agreement.status !== 'awaiting_signatures') {
      throw new ConflictException('This agreement has been signed by all parties and is locked.');
    }
    return agreement;
  }

  private async addSignature(
    manager: EntityManager,
    agreement: AgreementEntity,
    party: AgreementParty,
    signerId: string | null,
    signerName: string,
  ): Promise<void> {
    if (!agreement.requiredParties.includes(party)) {
      throw new ConflictException(`No ${party} signs this agreement.`);
    }
    try {
      const signature = await manager
        .getRepository(AgreementSignatureEntity)
        .save(
          manager
            .getRepository(AgreementSignatureEntity)
            .create({ agreementId: agreement.id, party, signerId, signerName }),
        );
      agreement.signatures = [...(agreement.signatures ?? []), signature];
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictException(`The ${party} has already signed this agreement.`);
      }
      throw error;
    }
    await this.audit.record(
      {
        actorId: signerId,
        action: 'agreement.signed',
        entityType: 'agreement',
        entityId: agreement.id,
        data: { party },
      },
      manager,
    );
  }

  /** When the last required signature is in: lock the agreement and start the placement (active from its start date). */
  private async completeIfSigned(
    manager: EntityManager,
    agreement: AgreementEntity,
    placement: PlacementEntity,
    actorId: string | null,
  ) {
    const signed = new Set((agreement.signatures ?? []).map((s) => s.party));
    if (!agreement.requiredParties.every((party) => signed.has(party))) {
      return [];
    }
    const now = new Date();
    await manager.getRepository(AgreementEntity).update({ id: agreement.id }, { status: 'signed', signedAt: now });
    const to =
      placement.startDate && placement.startDate <= now.toISOString().slice(0, 10) ? 'active' : 'agreement_signed';
    await manager.getRepository(PlacementEntity).update({ id: placement.id }, { status: to });
    await manager.getRepository(PlacementEventEntity).insert({
      placementId: placement.id,
      actorId,
      action: 'agreement_signed',
      fromStatus: placement.status,
      toStatus: to,
      note: `v${agreement.version}`,
    });
    const members = await this.organizations.recipients(manager, [
      { organizationId: placement.companyId, roles: COMPANY_STAFF },
      ...(placement.schoolId ? [{ organizationId: placement.schoolId, roles: ['coordinator'] as const }] : []),
    ]);
    const userIds = [...new Set([placement.studentId, ...members])];
    return this.notifications.notify(
      manager,
      userIds.map((userId) => ({
        userId,
        type: 'agreement.signed',
        data: {
          studentName: placement.student?.name ?? '',
          companyName: placement.company?.name ?? '',
          placementId: placement.id,
        },
        path: `/stages/${placement.id}`,
      })),
    );
  }
}
