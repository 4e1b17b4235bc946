import { ApplicationEventEntity } from '../applications/entities/application-event.entity';
import { ApplicationMessageEntity } from '../applications/entities/application-message.entity';
import { ApplicationEntity } from '../applications/entities/application.entity';
import { AuditEventEntity } from '../audit/entities/audit-event.entity';
import { EmailVerificationEntity } from '../auth/entities/email-verification.entity';
import { PasswordResetEntity } from '../auth/entities/password-reset.entity';
import { RefreshTokenEntity } from '../auth/entities/refresh-token.entity';
import { EventSignupEntity } from '../events/entities/event-signup.entity';
import { EventEntity } from '../events/entities/event.entity';
import { InvitationEntity } from '../invitations/entities/invitation.entity';
import { NotificationEntity } from '../notifications/entities/notification.entity';
import { AccreditationEntity } from '../organizations/entities/accreditation.entity';
import { MembershipEntity } from '../organizations/entities/membership.entity';
import { OrganizationLocationEntity } from '../organizations/entities/organization-location.entity';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { AgreementSignatureEntity } from '../placements/entities/agreement-signature.entity';
import { AgreementEntity } from '../placements/entities/agreement.entity';
import { EvaluationEntity } from '../placements/entities/evaluation.entity';
import { GuardianLinkEntity } from '../placements/entities/guardian-link.entity';
import { HoursEntryEntity } from '../placements/entities/hours-entry.entity';
import { PlacementEventEntity } from '../placements/entities/placement-event.entity';
import { PlacementEntity } from '../placements/entities/placement.entity';
import { ReportEntity } from '../placements/entities/report.entity';
import { CandidateProfileEntity } from '../profiles/entities/candidate-profile.entity';
import { CandidateSkillEntity } from '../profiles/entities/candidate-skill.entity';
import { SavedVacancyEntity } from '../profiles/entities/saved-vacancy.entity';
import { RateLimitCounterEntity } from '../rate-limit/entities/rate-limit-counter.entity';
import { PlacementRoundEntity } from '../rounds/entities/placement-round.entity';
import { RoundRankingEntity } from '../rounds/entities/round-ranking.entity';
import { RoundRunEntity } from '../rounds/entities/round-run.entity';
import { RoundVacancyEntity } from '../rounds/entities/round-vacancy.entity';
import { CohortEntity } from '../schools/entities/cohort.entity';
import { ProgramEntity } from '../schools/entities/program.entity';
import { PlaceEntity } from '../taxonomy/entities/place.entity';
import { QualificationEntity } from '../taxonomy/entities/qualification.entity';
import { SectorEntity } from '../taxonomy/entities/sector.entity';
import { SkillEntity } from '../taxonomy/entities/skill.entity';
import { UserEntity } from '../users/entities/user.entity';
import { PublishedVacancyEntity } from '../vacancies/entities/published-vacancy.entity';
import { SearchLexemeEntity } from '../vacancies/entities/search-lexeme.entity';
import { SearchWordEntity } from '../vacancies/entities/search-word.entity';
import { VacancySkillEntity } from '../vacancies/entities/vacancy-skill.entity';
import { VacancyEntity } from '../vacancies/entities/vacancy.entity';

/** Every entity, listed explicitly: glob paths and the webpack bundle do not mix. */
export const ENTITIES = [
  UserEntity,
  OrganizationEntity,
  MembershipEntity,
  OrganizationLocationEntity,
  AccreditationEntity,
  RefreshTokenEntity,
  PasswordResetEntity,
  EmailVerificationEntity,
  RateLimitCounterEntity,
  AuditEventEntity,
  SkillEntity,
  QualificationEntity,
  SectorEntity,
  PlaceEntity,
  VacancyEntity,
  VacancySkillEntity,
  SearchWordEntity,
  SearchLexemeEntity,
  PublishedVacancyEntity,
  ProgramEntity,
  CohortEntity,
  InvitationEntity,
  CandidateProfileEntity,
  CandidateSkillEntity,
  SavedVacancyEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ApplicationMessageEntity,
  NotificationEntity,
  PlacementEntity,
  PlacementEventEntity,
  AgreementEntity,
  AgreementSignatureEntity,
  GuardianLinkEntity,
  HoursEntryEntity,
  EvaluationEntity,
  ReportEntity,
  EventEntity,
  EventSignupEntity,
  PlacementRoundEntity,
  RoundVacancyEntity,
  RoundRankingEntity,
  RoundRunEntity,
];
