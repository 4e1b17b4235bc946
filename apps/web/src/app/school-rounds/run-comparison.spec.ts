import { AllocationStatisticsResponse, RoundRunDetailResponse, RoundRunSummaryResponse } from '@techzone/contracts';
import { blockingPairViews, comparisonRows, numberRuns, placementView, unplacedEntries } from './run-comparison';

function stats(overrides: Partial<AllocationStatisticsResponse> = {}): AllocationStatisticsResponse {
  return {
    students: 10,
    placed: 8,
    placedShare: 0.8,
    placedAtFirstChoice: 5,
    firstChoiceShare: 0.5,
    placedInTopThree: 7,
    topThreeShare: 0.7,
    averageRank: 1.6,
    rankHistogram: [5, 1, 1, 1],
    unplacedByReason: { no_choices: 1, choices_unavailable: 0, all_choices_full: 1 },
    positions: 9,
    positionsFilled: 8,
    blockingPairs: 0,
    ...overrides,
  };
}

function run(id: string, createdAt: string): RoundRunSummaryResponse {
  return { id, seed: `seed-${id}`, createdAt, stable: stats(), optimal: stats({ placed: 9, blockingPairs: 2 }) };
}

describe('run comparison', () => {
  const runs = [run('r2', '2026-11-02T10:00:00Z'), run('r1', '2026-11-01T10:00:00Z')];

  it('should number the runs in the order they were made', () => {
    expect(numberRuns(runs).map(({ run: r, number }) => [r.id, number])).toEqual([
      ['r1', 1],
      ['r2', 2],
    ]);
  });

  it('should put both methods of every run side by side and mark the published one', () => {
    const rows = comparisonRows(runs, { runId: 'r2', method: 'optimal' });
    expect(rows.map((row) => `${row.runNumber}:${row.method}:${row.published}`)).toEqual([
      '1:stable:false',
      '1:optimal:false',
      '2:stable:false',
      '2:optimal:true',
    ]);
    expect(rows[1].stats.blockingPairs).toBe(2);
    expect(comparisonRows([], null)).toEqual([]);
  });

  it('should list the reasons students stayed unplaced that occur, in a fixed order', () => {
    expect(unplacedEntries(stats())).toEqual([
      { reason: 'no_choices', count: 1 },
      { reason: 'all_choices_full', count: 1 },
    ]);
    expect(
      unplacedEntries(stats({ unplacedByReason: { no_choices: 0, choices_unavailable: 0, all_choices_full: 0 } })),
    ).toEqual([]);
  });

  it("should describe a placement with the place's title and company, or the reason for none", () => {
    const fill = new Map([['v1', { title: 'Stage lassen', companyName: 'Hondsrug' }]]);
    expect(placementView({ vacancyId: 'v1', choice: 2, reason: null }, fill)).toEqual({
      placed: true,
      title: 'Stage lassen',
      companyName: 'Hondsrug',
      choice: 2,
    });
    expect(placementView({ vacancyId: null, choice: null, reason: 'all_choices_full' }, fill)).toEqual({
      placed: false,
      reason: 'all_choices_full',
    });
  });

  it('should tell a blocking pair as the student, the place they would rather have and what they got', () => {
    const detail: Pick<RoundRunDetailResponse, 'students' | 'fill' | 'optimalBlockingPairs'> = {
      students: [
        {
          userId: 's1',
          name: 'Sanne',
          choices: ['v1', 'v2'],
          stable: { vacancyId: 'v1', choice: 1, reason: null },
          optimal: { vacancyId: 'v2', choice: 2, reason: null },
        },
      ],
      fill: [
        { vacancyId: 'v1', title: 'Lassen', companyName: 'Hondsrug', capacity: 1, stable: 1, optimal: 1 },
        { vacancyId: 'v2', title: 'Frezen', companyName: 'Vechtdal', capacity: 1, stable: 0, optimal: 1 },
      ],
      optimalBlockingPairs: [{ studentId: 's1', vacancyId: 'v1' }],
    };
    expect(blockingPairViews(detail)).toEqual([
      {
        studentName: 'Sanne',
        vacancyTitle: 'Lassen',
        companyName: 'Hondsrug',
        wantedChoice: 1,
        currentTitle: 'Frezen',
        currentChoice: 2,
      },
    ]);
  });
});
