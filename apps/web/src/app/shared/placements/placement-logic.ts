import {
  AgreementParty,
  AgreementResponse,
  AgreementSignatureResponse,
  HoursEntryResponse,
  STUDENT_PLACEMENT_STATES,
  StudentPlacementState,
} from '@techzone/contracts';

const DAY_MS = 86_400_000;

function parseIsoDay(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) {
    return null;
  }
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : time;
}

function formatIsoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The Monday of the week an ISO date (YYYY-MM-DD) falls in, as YYYY-MM-DD; null for anything that is not a date. */
export function mondayOf(iso: string): string | null {
  const time = parseIsoDay(iso);
  if (time === null) {
    return null;
  }
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  return formatIsoDay(time - weekday * DAY_MS);
}

/** The Sunday that ends the week starting on this Monday. */
export function weekEndOf(monday: string): string {
  return formatIsoDay((parseIsoDay(monday) ?? 0) + 6 * DAY_MS);
}

/**
 * The weeks (their Mondays, newest first) a student can log hours for, as the API allows: weeks of the placement that
 * have begun by `today`, without the ones already approved.
 */
export function loggableWeeks(
  startDate: string | null,
  endDate: string | null,
  today: string,
  entries: readonly Pick<HoursEntryResponse, 'weekStart' | 'status'>[] = [],
): string[] {
  const first = startDate ? mondayOf(startDate) : null;
  const end = endDate ? parseIsoDay(endDate) : null;
  const now = parseIsoDay(today);
  if (first === null || end === null || now === null) {
    return [];
  }
  const approved = new Set(entries.filter((entry) => entry.status === 'approved').map((entry) => entry.weekStart));
  const weeks: string[] = [];
  for (let time = parseIsoDay(first) ?? 0; time <= now && time <= end; time += 7 * DAY_MS) {
    const monday = formatIsoDay(time);
    if (!approved.has(monday)) {
      weeks.push(monday);
    }
  }
  return weeks.reverse();
}

/** Approved hours as a whole percentage of the required hours (0–100). */
export function progressPercent(approvedHours: number, requiredHours: number): number {
  if (!(requiredHours > 0) || !(approvedHours > 0)) {
    return 0;
  }
  return Math.min(100, Math.round((approvedHours / requiredHours) * 100));
}

export interface StateChip {
  state: StudentPlacementState;
  count: number;
}

/** The cohort dashboard's chips: every state in its order with its count (0 when the API left it out). */
export function stateChips(counts: Partial<Record<StudentPlacementState, number>>): StateChip[] {
  return STUDENT_PLACEMENT_STATES.map((state) => ({ state, count: counts[state] ?? 0 }));
}

/** The sum of the counts: all students of the filtered group. */
export function totalCount(chips: readonly StateChip[]): number {
  return chips.reduce((sum, chip) => sum + chip.count, 0);
}

export interface SignatureRow {
  party: AgreementParty;
  signature: AgreementSignatureResponse | null;
}

/** Every party that signs this agreement, with its signature once given. */
export function signatureRows(agreement: Pick<AgreementResponse, 'requiredParties' | 'signatures'>): SignatureRow[] {
  return agreement.requiredParties.map((party) => ({
    party,
    signature: agreement.signatures.find((signature) => signature.party === party) ?? null,
  }));
}

/** The guardian still has to sign (and so someone may send them the link). */
export function guardianPending(
  agreement: Pick<AgreementResponse, 'requiredParties' | 'signatures' | 'status'>,
): boolean {
  return (
    agreement.status === 'awaiting_signatures' &&
    agreement.requiredParties.includes('guardian') &&
    !agreement.signatures.some((signature) => signature.party === 'guardian')
  );
}

const KNOWN_EVENTS = [
  'proposed',
  'updated',
  'approve',
  'reject',
  'supervisor_assigned',
  'mentor_assigned',
  'agreement_drawn',
  'agreement_changed',
  'guardian_invited',
  'guardian_signed',
  'agreement_signed',
  'started',
  'evaluation_midterm',
  'evaluation_final',
  'evaluation_midterm_cosigned',
  'evaluation_final_cosigned',
  'problem_reported',
  'completed',
  'terminated',
] as const;

/** The translation key of a placement event (an unknown action reads as "changed"). */
export function placementEventKey(action: string): string {
  return (KNOWN_EVENTS as readonly string[]).includes(action)
    ? `placements.events.${action}`
    : 'placements.events.other';
}

/** The translation key of a school timeline step: an application status or a placement action. */
export function timelineEventKey(kind: 'application' | 'placement', event: string): string {
  return kind === 'application' ? `applications.statuses.${event}` : placementEventKey(event);
}
