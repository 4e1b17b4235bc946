import type { MatchReasonResponse } from './matching';
import type { EducationLevel, VacancySummaryResponse } from './vacancies';

/**
 * A school's placement round: the students of one cohort rank up to `maxChoices` of the round's vacancies before the
 * deadline; companies rank the students who chose them (or let the engine's score rank them); the coordinator runs
 * the allocation (stable and optimal side by side, per lottery seed), compares runs and publishes one outcome,
 * which turns every placed student's place into an offer in the applications flow.
 */
export const ROUND_STATUSES = ['open', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ALLOCATION_METHODS = ['stable', 'optimal'] as const;
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];

export const COMPANY_RANKING_MODES = ['score', 'manual'] as const;
export type CompanyRankingMode = (typeof COMPANY_RANKING_MODES)[number];

export const ROUND_LIMITS = {
  nameMax: 120,
  choicesMin: 1,
  choicesMax: 20,
  vacanciesMax: 500,
  capacityMax: 50,
} as const;

/** Why a student is unplaced (the codes of libs/matching's UnplacedReason). */
export const UNPLACED_REASONS = ['no_choices', 'choices_unavailable', 'all_choices_full'] as const;
export type UnplacedReasonCode = (typeof UNPLACED_REASONS)[number];

/**
 * The hard rules a student's choice must meet in a round (codes of the engine's eligibility rules). Distance and
 * period are left to the student: choosing a place is their own say on travel and timing.
 */
export const ROUND_HARD_RULES = [
  'route',
  'level',
  'qualification',
  'accreditation',
  'min_age',
  'certificates',
] as const;

export interface RoundVacancyInput {
  vacancyId: string;
  /** Places offered in this round: 1 up to the vacancy's positions. */
  capacity: number;
}

export interface CreateRoundRequest {
  name: string;
  cohortId: string;
  /** ISO date-time; students rank until then. */
  deadline: string;
  maxChoices: number;
  vacancies: RoundVacancyInput[];
}

export type UpdateRoundRequest = Partial<Omit<CreateRoundRequest, 'cohortId'>>;

export interface RunRoundRequest {
  /** The lottery seed; a fresh random one when left out. */
  seed?: string;
}

export interface PublishRoundRequest {
  runId: string;
  method: AllocationMethod;
}

export interface RankingRequest {
  /** Vacancy ids, first choice first. */
  vacancyIds: string[];
}

export interface CompanyRankingRequest {
  mode: CompanyRankingMode;
  /** With `manual`: the students who chose the vacancy, best first; the ones left out follow in lottery order. */
  studentIds?: string[];
}

export interface RoundCohortResponse {
  id: string;
  name: string;
  programName: string;
}

export interface RoundSummaryResponse {
  id: string;
  schoolId: string;
  schoolName: string;
  name: string;
  cohort: RoundCohortResponse;
  deadline: string;
  maxChoices: number;
  status: RoundStatus;
  /** True while students may still change their ranking: open and before the deadline. */
  rankingOpen: boolean;
  publishedAt: string | null;
  vacancyCount: number;
  positions: number;
  studentCount: number;
  /** Students who submitted at least one choice. */
  rankedCount: number;
}

export interface AllocationStatisticsResponse {
  students: number;
  placed: number;
  placedShare: number;
  placedAtFirstChoice: number;
  firstChoiceShare: number;
  placedInTopThree: number;
  topThreeShare: number;
  /** Mean position (1 = first choice) over placed students. */
  averageRank: number | null;
  /** Placed at the 1st, 2nd, ... choice. */
  rankHistogram: number[];
  unplacedByReason: Record<UnplacedReasonCode, number>;
  positions: number;
  positionsFilled: number;
  /** Student-vacancy pairs that would both rather have each other than their result (0 for the stable method). */
  blockingPairs: number;
}

export interface RoundRunSummaryResponse {
  id: string;
  seed: string;
  createdAt: string;
  stable: AllocationStatisticsResponse;
  optimal: AllocationStatisticsResponse;
}

export interface RoundVacancyResponse {
  vacancy: VacancySummaryResponse;
  capacity: number;
  /** How many students ranked it. */
  chosenBy: number;
  companyRanking: CompanyRankingMode;
}

export interface RoundStudentResponse {
  userId: string;
  name: string;
  /** Vacancy ids, first choice first. */
  choices: string[];
  rankedAt: string | null;
}

export interface RoundDetailResponse extends RoundSummaryResponse {
  vacancies: RoundVacancyResponse[];
  students: RoundStudentResponse[];
  runs: RoundRunSummaryResponse[];
  published: PublishRoundRequest | null;
}

export interface RoundPlacementResponse {
  vacancyId: string | null;
  /** 1 = first choice; null when unplaced. */
  choice: number | null;
  reason: UnplacedReasonCode | null;
}

export interface RoundRunStudentResponse {
  userId: string;
  name: string;
  choices: string[];
  stable: RoundPlacementResponse;
  optimal: RoundPlacementResponse;
}

export interface RoundRunFillResponse {
  vacancyId: string;
  title: string;
  companyName: string;
  capacity: number;
  stable: number;
  optimal: number;
}

export interface RoundRunDetailResponse extends RoundRunSummaryResponse {
  /** The published lottery: earliest wins a tie. Student ids. */
  lotteryOrder: string[];
  students: RoundRunStudentResponse[];
  fill: RoundRunFillResponse[];
  /** The optimal outcome's blocking pairs (the first 200). */
  optimalBlockingPairs: { studentId: string; vacancyId: string }[];
}

/** A round as a student of its cohort sees it. */
export interface MyRoundResponse {
  id: string;
  name: string;
  schoolName: string;
  deadline: string;
  maxChoices: number;
  status: RoundStatus;
  rankingOpen: boolean;
  vacancies: MyRoundVacancyResponse[];
  /** Vacancy ids, first choice first. */
  ranking: string[];
  rankedAt: string | null;
  /** After publication: the place the student got (null: none) and the offer. */
  result: { vacancyId: string | null; applicationId: string | null } | null;
}

export interface MyRoundVacancyResponse {
  vacancy: VacancySummaryResponse;
  capacity: number;
  /** The engine's match score 0-100 with its reasons. */
  score: number;
  reasons: MatchReasonResponse[];
  /** The hard rules of ROUND_HARD_RULES the student does not meet; empty: may choose it. */
  failedRules: string[];
}

/** A round as a company with vacancies in it sees it: only its own vacancies. */
export interface CompanyRoundResponse {
  id: string;
  name: string;
  schoolName: string;
  deadline: string;
  status: RoundStatus;
  rankingOpen: boolean;
  vacancies: CompanyRoundVacancyResponse[];
}

export interface CompanyRoundVacancyResponse {
  vacancyId: string;
  title: string;
  capacity: number;
  mode: CompanyRankingMode;
  /** The students who chose it, in the company's order (manual) or by score. */
  candidates: CompanyRoundCandidateResponse[];
  /** After publication: the students placed here. */
  placed: { userId: string; name: string }[] | null;
}

export interface CompanyRoundCandidateResponse {
  userId: string;
  name: string;
  educationLevel: EducationLevel | null;
  programName: string | null;
  /** Where the student put this vacancy in their ranking (1 = first choice). */
  choice: number;
  score: number;
  reasons: MatchReasonResponse[];
}
