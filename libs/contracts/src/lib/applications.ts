import type { CandidateKind } from './roles';
import type { LearningRoute } from './taxonomy';
import type { EducationLevel, VacancySummaryResponse, VacancyType } from './vacancies';

export const APPLICATION_STATUSES = [
  'submitted',
  'in_review',
  'interview',
  'offered',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The board's columns, in order. */
export const BOARD_COLUMNS: readonly ApplicationStatus[] = [
  'submitted',
  'in_review',
  'interview',
  'offered',
  'accepted',
  'rejected',
];

export const OPEN_STATUSES: readonly ApplicationStatus[] = ['submitted', 'in_review', 'interview', 'offered'];

export type ApplicationActor = 'company' | 'candidate';
/** Who changed an application: one of its two sides, or the school that published a placement round. */
export type ApplicationEventActor = ApplicationActor | 'school';

/**
 * The application state machine: who may move an application from which status to which.
 * The company moves it forward or rejects it; the candidate withdraws, or accepts or declines an offer.
 */
export const APPLICATION_TRANSITIONS: Readonly<
  Record<ApplicationStatus, Partial<Record<ApplicationStatus, ApplicationActor>>>
> = {
  submitted: {
    in_review: 'company',
    interview: 'company',
    offered: 'company',
    rejected: 'company',
    withdrawn: 'candidate',
  },
  in_review: { interview: 'company', offered: 'company', rejected: 'company', withdrawn: 'candidate' },
  interview: { offered: 'company', rejected: 'company', withdrawn: 'candidate' },
  offered: { accepted: 'candidate', declined: 'candidate', rejected: 'company', withdrawn: 'candidate' },
  accepted: {},
  declined: {},
  rejected: {},
  withdrawn: {},
};

/** The statuses `actor` may move an application to from `from`. */
export function nextStatuses(from: ApplicationStatus, actor?: ApplicationActor): ApplicationStatus[] {
  return (Object.entries(APPLICATION_TRANSITIONS[from]) as [ApplicationStatus, ApplicationActor][])
    .filter(([, who]) => actor === undefined || who === actor)
    .map(([to]) => to);
}

export function canTransition(from: ApplicationStatus, to: ApplicationStatus, actor: ApplicationActor): boolean {
  return APPLICATION_TRANSITIONS[from][to] === actor;
}

export const REJECTION_REASONS = [
  'skills_mismatch',
  'level_mismatch',
  'position_filled',
  'availability',
  'distance',
  'other_candidate',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/**
 * Why a candidate may not apply to a vacancy of a type: the route must fit (../shared/DOMAIN.md): a BOL internship
 * is for BOL students, a BBL place for BBL students and vakmensen, a graduation internship for students in their
 * last MBO 4, HBO or WO year. Only what the profile states counts: a student who has not filled in a route or
 * level yet is not refused (the company sees the profile). Also the API error's code (`details[].code`).
 */
export const ROUTE_PROBLEMS = ['bolStudentsOnly', 'bblOnly', 'graduationStudentsOnly'] as const;
export type RouteProblem = (typeof ROUTE_PROBLEMS)[number];

export interface RouteFacts {
  kind: CandidateKind | null;
  route: LearningRoute | null;
  educationLevel: EducationLevel | null;
}

const HIGHER_EDUCATION: readonly (EducationLevel | null)[] = ['hbo', 'wo'];
const GRADUATION_LEVELS: readonly (EducationLevel | null)[] = ['mbo4', 'hbo', 'wo', null];

/** The reason `candidate` may not apply to a vacancy of `type`, or null when nothing in the profile stands against it. */
export function routeProblem(candidate: RouteFacts, type: VacancyType): RouteProblem | null {
  const student = candidate.kind === 'student';
  switch (type) {
    case 'bol_internship':
      return !student || candidate.route === 'BBL' || HIGHER_EDUCATION.includes(candidate.educationLevel)
        ? 'bolStudentsOnly'
        : null;
    case 'bbl_apprenticeship':
      return student && (candidate.route === 'BOL' || HIGHER_EDUCATION.includes(candidate.educationLevel))
        ? 'bblOnly'
        : null;
    case 'graduation_internship':
      return !student || !GRADUATION_LEVELS.includes(candidate.educationLevel) ? 'graduationStudentsOnly' : null;
    case 'job':
    case 'part_time_job':
    case 'retraining':
      return null;
  }
}

export const APPLICATION_LIMITS = { motivationMax: 5000, motivationMin: 20, messageMax: 5000, noteMax: 1000 } as const;

/** Applications untouched by the company for this many working days are flagged to it. */
export const NO_GHOSTING_WORKING_DAYS = 10;

/** Working days (Monday to Friday) from `from` to `to`, not counting the start day. */
export function workingDaysBetween(from: Date, to: Date): number {
  if (to <= from) {
    return 0;
  }
  let days = 0;
  const cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  const end = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()));
  while (cursor < end) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    const day = cursor.getUTCDay();
    if (day !== 0 && day !== 6) {
      days += 1;
    }
  }
  return days;
}

export interface CreateApplicationRequest {
  motivation: string;
}

export interface TransitionRequest {
  to: ApplicationStatus;
  /** Required when rejecting. */
  reason?: RejectionReason;
  note?: string;
}

export interface ApplicationEventResponse {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actor: ApplicationEventActor;
  reason: RejectionReason | null;
  note: string | null;
  at: string;
}

export interface InterviewProposal {
  /** ISO date-time. */
  startsAt: string;
  place: string;
}

export interface MessageRequest {
  body: string;
  interview?: InterviewProposal;
}

export interface MessageResponse {
  id: string;
  from: ApplicationActor;
  senderName: string;
  body: string;
  interview: InterviewProposal | null;
  at: string;
}

/** The candidate as a company sees them; hidden fields are null under blind first review. */
export interface ApplicantResponse {
  userId: string;
  name: string | null;
  email: string | null;
  age: number | null;
  anonymized: boolean;
  educationLevel: string | null;
  route: string | null;
  homePlace: string | null;
  skills: { code: string; nl: string; en: string; level: number }[];
  certificates: string[];
}

export interface ApplicationResponse {
  id: string;
  status: ApplicationStatus;
  /** Empty when the offer came from a placement round. */
  motivation: string;
  /** The school's placement round that made this offer, if one did. */
  placementRound: { id: string; name: string } | null;
  vacancy: VacancySummaryResponse;
  applicant: ApplicantResponse;
  rejectionReason: RejectionReason | null;
  createdAt: string;
  updatedAt: string;
  /** Untouched by the company for 10 working days or more. */
  overdue: boolean;
  /** What the viewer may move it to. */
  allowedNext: ApplicationStatus[];
  events: ApplicationEventResponse[];
  messages: MessageResponse[];
}

export interface NotificationResponse {
  id: string;
  type: string;
  data: Record<string, string>;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationListResponse {
  items: NotificationResponse[];
  unread: number;
}

export interface ResponsivenessResponse {
  /** Median hours until the company first acted on an application; null without data. */
  medianResponseHours: number | null;
  /** Share (0-1) of applications the company acted on. */
  responseRate: number | null;
  applications: number;
}
