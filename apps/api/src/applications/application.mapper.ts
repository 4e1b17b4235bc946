import {
  NO_GHOSTING_WORKING_DAYS,
  OPEN_STATUSES,
  nextStatuses,
  workingDaysBetween,
  type ApplicantResponse,
  type ApplicationActor,
  type ApplicationResponse,
} from '@techzone/contracts';
import { ageOn } from '../common/age';
import { CandidateProfileEntity } from '../profiles/entities/candidate-profile.entity';
import { UserEntity } from '../users/entities/user.entity';
import { toVacancySummary } from '../vacancies/vacancy.mapper';
import { ApplicationEntity } from './entities/application.entity';

/** Still open and untouched by the company for 10 working days or more. */
export function isOverdue(application: ApplicationEntity, now = new Date()): boolean {
  return (
    ['submitted', 'in_review', 'interview'].includes(application.status) &&
    workingDaysBetween(application.lastCompanyActivityAt, now) >= NO_GHOSTING_WORKING_DAYS
  );
}

/** Under blind first review the company does not see who it is until it moves the applicant past in_review. */
export function isBlind(application: ApplicationEntity, viewer: ApplicationActor): boolean {
  return (
    viewer === 'company' &&
    Boolean(application.vacancy?.blindReview) &&
    ['submitted', 'in_review'].includes(application.status)
  );
}

export function toApplicant(
  user: UserEntity | undefined,
  profile: CandidateProfileEntity | null,
  homePlace: string | null,
  blind: boolean,
): ApplicantResponse {
  return {
    userId: user?.id ?? '',
    name: blind ? null : (user?.name ?? null),
    email: blind ? null : (user?.email ?? null),
    age: blind ? null : ageOn(profile?.dateOfBirth ?? null, new Date()),
    anonymized: blind,
    educationLevel: profile?.educationLevel ?? null,
    route: profile?.route ?? null,
    homePlace,
    skills: (profile?.skills ?? []).map((skill) => ({
      code: skill.skillCode,
      nl: skill.skill?.labelNl ?? skill.skillCode,
      en: skill.skill?.labelEn ?? skill.skillCode,
      level: skill.level,
    })),
    certificates: profile?.certificates ?? [],
  };
}

export function toApplicationResponse(
  application: ApplicationEntity,
  viewer: ApplicationActor,
  applicant: ApplicantResponse,
): ApplicationResponse {
  const open = OPEN_STATUSES.includes(application.status);
  return {
    id: application.id,
    status: application.status,
    motivation: application.motivation,
    placementRound: application.placementRound
      ? { id: application.placementRound.id, name: application.placementRound.name }
      : null,
    vacancy: toVacancySummary(application.vacancy as NonNullable<ApplicationEntity['vacancy']>),
    applicant,
    rejectionReason: application.rejectionReason,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
    overdue: isOverdue(application),
    allowedNext: open ? nextStatuses(application.status, viewer) : [],
    events: (application.events ?? [])
      .slice()
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((event) => ({
        from: event.fromStatus,
        to: event.toStatus,
        actor: event.actorKind,
        reason: event.reason,
        note: event.note,
        at: event.createdAt.toISOString(),
      })),
    messages: (application.messages ?? [])
      .slice()
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((message) => ({
        id: message.id,
        from: message.senderKind,
        senderName:
          message.senderKind === 'candidate' ? (applicant.name ?? '') : (application.vacancy?.organization?.name ?? ''),
        body: message.body,
        interview:
          message.interviewAt && message.interviewPlace
            ? { startsAt: message.interviewAt.toISOString(), place: message.interviewPlace }
            : null,
        at: message.createdAt.toISOString(),
      })),
  };
}
