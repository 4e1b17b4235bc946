import type { LearningRoute } from './taxonomy';

/**
 * A BOL/BBL placement: student × company × school, from an accepted offer or a published placement round.
 * `proposed → approved (by the school) → agreement_signed (all parties) → active → completed`, or `rejected` by the
 * school, or `terminated` early with a reason.
 */
export const PLACEMENT_STATUSES = [
  'proposed',
  'approved',
  'agreement_signed',
  'active',
  'completed',
  'terminated',
  'rejected',
] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** The checks a school runs before approving a placement. */
export const PLACEMENT_CHECKS = ['accreditation', 'period', 'hours'] as const;
export type PlacementCheck = (typeof PLACEMENT_CHECKS)[number];

/** Hours per week a placement may ask for. */
export const PLACEMENT_HOURS = { min: 8, max: 40 } as const;

export interface PlacementCheckResponse {
  check: PlacementCheck;
  ok: boolean;
  /** Why it fails, as a code the web app translates (`placements.checks.<check>.<problem>`). */
  problem: string | null;
}

export interface PlacementPersonResponse {
  id: string;
  name: string;
}

export interface PlacementEventResponse {
  action: string;
  from: PlacementStatus | null;
  to: PlacementStatus | null;
  actorName: string | null;
  note: string | null;
  at: string;
}

export interface PlacementResponse {
  id: string;
  status: PlacementStatus;
  student: PlacementPersonResponse;
  company: PlacementPersonResponse;
  school: PlacementPersonResponse | null;
  vacancy: { id: string; title: string; type: string } | null;
  qualification: { crebo: string; name: string } | null;
  route: LearningRoute | null;
  startDate: string | null;
  endDate: string | null;
  hoursPerWeek: number | null;
  supervisor: PlacementPersonResponse | null;
  mentor: PlacementPersonResponse | null;
  checks: PlacementCheckResponse[];
  rejectionNote: string | null;
  createdAt: string;
  updatedAt: string;
  /** What the viewer may do now. */
  actions: PlacementAction[];
  events: PlacementEventResponse[];
  /** The current version of the placement agreement (POK), once drawn up. */
  agreement: AgreementResponse | null;
  terminationReason: string | null;
}

export type PlacementAction =
  | 'approve'
  | 'reject'
  | 'edit'
  | 'assign_supervisor'
  | 'assign_mentor'
  | 'draw_agreement'
  | 'sign'
  | 'invite_guardian'
  | 'log_hours'
  | 'review_hours'
  | 'evaluate'
  | 'cosign_evaluation'
  | 'complete'
  | 'terminate'
  | 'report_problem';

/** Who signs a placement agreement; a guardian only when the student is under 18 on the start date. */
export const AGREEMENT_PARTIES = ['student', 'guardian', 'company', 'school'] as const;
export type AgreementParty = (typeof AGREEMENT_PARTIES)[number];

export type AgreementStatus = 'awaiting_signatures' | 'signed' | 'superseded';

/** A guardian's signing link works once and for this many days. */
export const GUARDIAN_LINK_DAYS = 14;

/** What the agreement says: a snapshot of the placement when this version was drawn up. */
export interface AgreementContent {
  student: { name: string; dateOfBirth: string | null; email: string };
  guardianRequired: boolean;
  company: { name: string; kvkNumber: string | null; city: string | null };
  school: { name: string; city: string | null };
  qualification: { crebo: string; name: string; level: number } | null;
  route: LearningRoute | null;
  vacancyTitle: string | null;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  mentor: { name: string; email: string };
  supervisor: { name: string; email: string };
}

export interface AgreementSignatureResponse {
  party: AgreementParty;
  signerName: string;
  signedAt: string;
}

export interface AgreementResponse {
  id: string;
  version: number;
  status: AgreementStatus;
  content: AgreementContent;
  requiredParties: AgreementParty[];
  signatures: AgreementSignatureResponse[];
  /** The last guardian link sent (never its token). */
  guardianInvitation: { name: string; email: string; expiresAt: string; used: boolean } | null;
  createdAt: string;
  signedAt: string | null;
}

export interface GuardianInviteRequest {
  name: string;
  email: string;
}

export interface GuardianSignRequest {
  /** The guardian's full name, as their signature. */
  name: string;
}

/** What a guardian sees through their link: only this agreement. */
export interface GuardianAgreementResponse {
  agreement: Pick<AgreementResponse, 'version' | 'status' | 'content' | 'requiredParties' | 'signatures'>;
  guardianName: string;
  expiresAt: string;
}

export interface UpdatePlacementRequest {
  startDate?: string;
  endDate?: string;
  hoursPerWeek?: number;
}

export interface RejectPlacementRequest {
  note: string;
}

export interface AssignPersonRequest {
  userId: string;
}

/** Where a student of the school stands, as the cohort dashboard shows it. */
export const STUDENT_PLACEMENT_STATES = [
  'not_started',
  'applying',
  'offer',
  'awaiting_approval',
  'awaiting_signatures',
  'active',
  'completed',
  'at_risk',
] as const;
export type StudentPlacementState = (typeof STUDENT_PLACEMENT_STATES)[number];

export interface PlacementOverviewQuery {
  programId?: string;
  cohortId?: string;
  route?: LearningRoute;
  state?: StudentPlacementState;
}

export interface PlacementOverviewStudentResponse {
  userId: string;
  name: string;
  program: string | null;
  cohort: string | null;
  route: LearningRoute | null;
  state: StudentPlacementState;
  /** Why the student is at risk, when they are. */
  risk: 'no_place_near_start' | null;
  openApplications: number;
  offers: number;
  placement: {
    id: string;
    status: PlacementStatus;
    companyName: string;
    vacancyTitle: string | null;
    startDate: string | null;
    endDate: string | null;
  } | null;
  lastActivityAt: string | null;
}

/** One step in a student's search and placement, for the school's timeline. */
export interface StudentTimelineEntry {
  at: string;
  kind: 'application' | 'placement';
  /** Application status reached (submitted, offered, ...) or placement action (proposed, approve, agreement_signed, ...). */
  event: string;
  companyName: string;
  vacancyTitle: string | null;
  note: string | null;
}

export interface PlacementOverviewResponse {
  /** Students per state, over the filtered students (before the state filter). */
  counts: Record<StudentPlacementState, number>;
  students: PlacementOverviewStudentResponse[];
}

export type HoursStatus = 'submitted' | 'approved' | 'rejected';

export const HOURS_LIMITS = { max: 60, noteMax: 500 } as const;

export interface HoursEntryRequest {
  hours: number;
  note?: string | null;
}

export interface HoursReviewRequest {
  approve: boolean;
  comment?: string | null;
}

export interface HoursEntryResponse {
  /** The Monday of the week (YYYY-MM-DD). */
  weekStart: string;
  hours: number;
  note: string | null;
  status: HoursStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
  comment: string | null;
}

export interface HoursProgressResponse {
  /** Weeks of the period × hours per week. */
  requiredHours: number;
  approvedHours: number;
  submittedHours: number;
  entries: HoursEntryResponse[];
}

export const EVALUATION_KINDS = ['midterm', 'final'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

export const EVALUATION_LIMITS = { ratingsMax: 20, workProcessMax: 160, commentMax: 1000, summaryMax: 4000 } as const;

/** 1 insufficient, 2 sufficient, 3 good, 4 excellent. */
export type EvaluationRating = 1 | 2 | 3 | 4;

export interface EvaluationRequest {
  ratings: { workProcess: string; rating: EvaluationRating; comment?: string | null }[];
  summary: string;
}

export interface EvaluationResponse {
  kind: EvaluationKind;
  ratings: { workProcess: string; rating: EvaluationRating; comment: string | null }[];
  summary: string;
  writtenBy: string;
  writtenAt: string;
  cosignedBy: string | null;
  cosignedAt: string | null;
}

export interface TerminatePlacementRequest {
  reason: string;
}

export const REPORT_CATEGORIES = ['discrimination', 'harassment', 'safety', 'other'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** A problem with a placement, raised by any of its parties and seen by all of them. */
export interface ProblemReportRequest {
  description: string;
}

/** A student's report of discrimination or misconduct by a company: seen by their school and the program office only. */
export interface MisconductReportRequest {
  companyId: string;
  category: ReportCategory;
  description?: string | null;
}

export interface ReportResponse {
  id: string;
  kind: 'problem' | 'misconduct';
  category: ReportCategory | null;
  description: string | null;
  placementId: string | null;
  company: { id: string; name: string };
  reporter: { id: string; name: string };
  createdAt: string;
}
