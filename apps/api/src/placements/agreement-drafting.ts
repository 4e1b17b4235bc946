import { ConflictException } from '@nestjs/common';
import type { AgreementContent, AgreementParty, AgreementResponse } from '@techzone/contracts';
import { EntityManager, Not } from 'typeorm';
import { ageOn } from '../common/age';
import { AgreementEntity } from './entities/agreement.entity';
import { GuardianLinkEntity } from './entities/guardian-link.entity';
import type { PlacementEntity } from './entities/placement.entity';

/** The agreement version in force (awaiting signatures or signed), with its signatures; null before one is drawn. */
export function currentAgreement(manager: EntityManager, placementId: string): Promise<AgreementEntity | null> {
  return manager.getRepository(AgreementEntity).findOne({
    where: { placementId, status: Not('superseded') },
    relations: { signatures: true },
    order: { version: 'DESC' },
  });
}

export function latestGuardianLink(manager: EntityManager, agreementId: string): Promise<GuardianLinkEntity | null> {
  return manager.getRepository(GuardianLinkEntity).findOne({ where: { agreementId }, order: { createdAt: 'DESC' } });
}

export function toAgreementResponse(agreement: AgreementEntity, link: GuardianLinkEntity | null): AgreementResponse {
  return {
    id: agreement.id,
    version: agreement.version,
    status: agreement.status,
    content: agreement.content,
    requiredParties: agreement.requiredParties,
    signatures: (agreement.signatures ?? [])
      .slice()
      .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime())
      .map((signature) => ({
        party: signature.party,
        signerName: signature.signerName,
        signedAt: signature.signedAt.toISOString(),
      })),
    guardianInvitation: link
      ? { name: link.name, email: link.email, expiresAt: link.expiresAt.toISOString(), used: link.usedAt !== null }
      : null,
    createdAt: agreement.createdAt.toISOString(),
    signedAt: agreement.signedAt?.toISOString() ?? null,
  };
}

/** Whether the student needs a parent's or guardian's signature: under 18 on the start date, or age unknown. */
export function guardianRequired(dateOfBirth: string | null, startDate: string): boolean {
  const age = ageOn(dateOfBirth, new Date(`${startDate}T00:00:00Z`));
  return age === null || age < 18;
}

/**
 * Draws up a new agreement version from the placement as it is now, superseding the one before (signed or not).
 * Everything the agreement names must be known: period, hours, mentor and supervisor.
 */
export async function drawAgreement(manager: EntityManager, placement: PlacementEntity): Promise<AgreementEntity> {
  const missing = [
    ['startDate', placement.startDate],
    ['endDate', placement.endDate],
    ['hoursPerWeek', placement.hoursPerWeek],
    ['mentor', placement.mentorId],
    ['supervisor', placement.supervisorId],
  ].filter(([, value]) => value === null || value === undefined);
  if (missing.length) {
    throw new ConflictException({
      message: 'The agreement needs the period, the hours, a mentor and a supervisor first.',
      details: missing.map(([field]) => ({ field: field as string, code: 'required', message: `${field} is not set` })),
    });
  }
  const [row] = (await manager.query(
    `SELECT s.name AS student_name, s.email AS student_email, to_char(cp.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
            c.name AS company_name, c.kvk_number, c.city AS company_city, sc.name AS school_name, sc.city AS school_city,
            q.crebo, q.name_nl AS qualification_name, q.level AS qualification_level, v.title AS vacancy_title,
            m.name AS mentor_name, m.email AS mentor_email, sup.name AS supervisor_name, sup.email AS supervisor_email
     FROM placements p
     JOIN users s ON s.id = p.student_id
     LEFT JOIN candidate_profiles cp ON cp.user_id = p.student_id
     JOIN organizations c ON c.id = p.company_id
     LEFT JOIN organizations sc ON sc.id = p.school_id
     LEFT JOIN qualifications q ON q.crebo = p.qualification_crebo
     LEFT JOIN vacancies v ON v.id = p.vacancy_id
     JOIN users m ON m.id = p.mentor_id
     JOIN users sup ON sup.id = p.supervisor_id
     WHERE p.id = $1`,
    [placement.id],
  )) as DraftRow[];
  const startDate = placement.startDate as string;
  const needsGuardian = guardianRequired(row.date_of_birth, startDate);
  const content: AgreementContent = {
    student: { name: row.student_name, dateOfBirth: row.date_of_birth, email: row.student_email },
    guardianRequired: needsGuardian,
    company: { name: row.company_name, kvkNumber: row.kvk_number, city: row.company_city },
    school: { name: row.school_name ?? '', city: row.school_city },
    qualification: row.crebo
      ? { crebo: row.crebo, name: row.qualification_name ?? '', level: Number(row.qualification_level) }
      : null,
    route: placement.route,
    vacancyTitle: row.vacancy_title,
    startDate,
    endDate: placement.endDate as string,
    hoursPerWeek: placement.hoursPerWeek as number,
    mentor: { name: row.mentor_name, email: row.mentor_email },
    supervisor: { name: row.supervisor_name, email: row.supervisor_email },
  };
  const repository = manager.getRepository(AgreementEntity);
  const previous = await repository.findOne({ where: { placementId: placement.id }, order: { version: 'DESC' } });
  await repository.update({ placementId: placement.id, status: Not('superseded') }, { status: 'superseded' });
  const requiredParties: AgreementParty[] = needsGuardian
    ? ['student', 'guardian', 'company', 'school']
    : ['student', 'company', 'school'];
  const agreement = await repository.save(
    repository.create({
      placementId: placement.id,
      version: (previous?.version ?? 0) + 1,
      status: 'awaiting_signatures',
      content,
      requiredParties,
      signedAt: null,
    }),
  );
  agreement.signatures = [];
  return agreement;
}

interface DraftRow {
  student_name: string;
  student_email: string;
  date_of_birth: string | null;
  company_name: string;
  kvk_number: string | null;
  company_city: string | null;
  school_name: string | null;
  school_city: string | null;
  crebo: string | null;
  qualification_name: string | null;
  qualification_level: number | string | null;
  vacancy_title: string | null;
  mentor_name: string;
  mentor_email: string;
  supervisor_name: string;
  supervisor_email: string;
}
