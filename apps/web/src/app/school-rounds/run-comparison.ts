import {
  AllocationMethod,
  AllocationStatisticsResponse,
  PublishRoundRequest,
  RoundPlacementResponse,
  RoundRunDetailResponse,
  RoundRunFillResponse,
  RoundRunSummaryResponse,
  UNPLACED_REASONS,
  UnplacedReasonCode,
} from '@techzone/contracts';

/** One column of the comparison: one run's outcome by one method. */
export interface ComparisonRow {
  runId: string;
  /** 1 for the first run of the round, 2 for the next, ... */
  runNumber: number;
  seed: string;
  createdAt: string;
  method: AllocationMethod;
  stats: AllocationStatisticsResponse;
  published: boolean;
}

const METHODS: readonly AllocationMethod[] = ['stable', 'optimal'];

/** The runs numbered in the order they were made (the API lists the newest first). */
export function numberRuns<T extends Pick<RoundRunSummaryResponse, 'id' | 'createdAt'>>(
  runs: readonly T[],
): { run: T; number: number }[] {
  return [...runs]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((run, index) => ({ run, number: index + 1 }));
}

/** Every run's stable and optimal outcome side by side, the first run first. */
export function comparisonRows(
  runs: readonly RoundRunSummaryResponse[],
  published: PublishRoundRequest | null,
): ComparisonRow[] {
  return numberRuns(runs).flatMap(({ run, number }) =>
    METHODS.map((method) => ({
      runId: run.id,
      runNumber: number,
      seed: run.seed,
      createdAt: run.createdAt,
      method,
      stats: run[method],
      published: published?.runId === run.id && published.method === method,
    })),
  );
}

/** The reasons students stayed unplaced, with how many, in a fixed order; reasons nobody has are left out. */
export function unplacedEntries(
  stats: Pick<AllocationStatisticsResponse, 'unplacedByReason'>,
): { reason: UnplacedReasonCode; count: number }[] {
  return UNPLACED_REASONS.map((reason) => ({ reason, count: stats.unplacedByReason[reason] ?? 0 })).filter(
    (entry) => entry.count > 0,
  );
}

export type PlacementView =
  | { placed: true; title: string; companyName: string; choice: number | null }
  | { placed: false; reason: UnplacedReasonCode | null };

/** A student's outcome by one method, with the place's title and company. */
export function placementView(
  placement: RoundPlacementResponse,
  fill: ReadonlyMap<string, Pick<RoundRunFillResponse, 'title' | 'companyName'>>,
): PlacementView {
  if (placement.vacancyId === null) {
    return { placed: false, reason: placement.reason };
  }
  const place = fill.get(placement.vacancyId);
  return {
    placed: true,
    title: place?.title ?? '',
    companyName: place?.companyName ?? '',
    choice: placement.choice,
  };
}

export function samePlacement(a: RoundPlacementResponse, b: RoundPlacementResponse): boolean {
  return a.vacancyId === b.vacancyId;
}

/** A blocking pair of the optimal outcome, told as people: who would rather have whom. */
export interface BlockingPairView {
  studentName: string;
  vacancyTitle: string;
  companyName: string;
  /** Where the student put the place they would rather have (1 = first choice). */
  wantedChoice: number | null;
  /** The place the student got by the optimal method, and its position on their list; null when unplaced. */
  currentTitle: string | null;
  currentChoice: number | null;
}

export function blockingPairViews(
  run: Pick<RoundRunDetailResponse, 'students' | 'fill' | 'optimalBlockingPairs'>,
): BlockingPairView[] {
  const students = new Map(run.students.map((student) => [student.userId, student]));
  const places = new Map(run.fill.map((place) => [place.vacancyId, place]));
  return run.optimalBlockingPairs.map((pair) => {
    const student = students.get(pair.studentId);
    const place = places.get(pair.vacancyId);
    const current = student?.optimal.vacancyId ? places.get(student.optimal.vacancyId) : undefined;
    const wanted = student ? student.choices.indexOf(pair.vacancyId) : -1;
    return {
      studentName: student?.name ?? '',
      vacancyTitle: place?.title ?? '',
      companyName: place?.companyName ?? '',
      wantedChoice: wanted >= 0 ? wanted + 1 : null,
      currentTitle: current?.title ?? null,
      currentChoice: student?.optimal.choice ?? null,
    };
  });
}
