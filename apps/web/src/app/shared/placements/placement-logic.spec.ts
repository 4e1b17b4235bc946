import {
  guardianPending,
  loggableWeeks,
  mondayOf,
  placementEventKey,
  progressPercent,
  signatureRows,
  stateChips,
  timelineEventKey,
  totalCount,
  weekEndOf,
} from './placement-logic';

describe('mondayOf', () => {
  it('should return the Monday of the week of any day', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-25')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
  });

  it('should cross months and years', () => {
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(mondayOf('2026-03-01T12:00:00Z')).toBe('2026-02-23');
  });

  it('should return null for something that is not a date', () => {
    expect(mondayOf('gisteren')).toBeNull();
  });

  it('should give the Sunday that ends the week', () => {
    expect(weekEndOf('2026-12-28')).toBe('2027-01-03');
  });
});

describe('loggableWeeks', () => {
  it('should list the begun weeks of the placement, newest first', () => {
    expect(loggableWeeks('2026-11-04', '2027-03-01', '2026-11-25')).toEqual([
      '2026-11-23',
      '2026-11-16',
      '2026-11-09',
      '2026-11-02',
    ]);
  });

  it('should stop at the end of the placement', () => {
    expect(loggableWeeks('2026-11-02', '2026-11-10', '2026-12-25')).toEqual(['2026-11-09', '2026-11-02']);
  });

  it('should leave out approved weeks but keep rejected ones', () => {
    const entries = [
      { weekStart: '2026-11-09', status: 'approved' as const },
      { weekStart: '2026-11-16', status: 'rejected' as const },
    ];
    expect(loggableWeeks('2026-11-09', '2027-01-01', '2026-11-18', entries)).toEqual(['2026-11-16']);
  });

  it('should give no weeks before the placement starts or without a period', () => {
    expect(loggableWeeks('2026-12-07', '2027-01-01', '2026-11-18')).toEqual([]);
    expect(loggableWeeks(null, '2027-01-01', '2026-11-18')).toEqual([]);
  });
});

describe('progressPercent', () => {
  it('should round the approved share of the required hours', () => {
    expect(progressPercent(32, 416)).toBe(8);
    expect(progressPercent(208, 416)).toBe(50);
  });

  it('should stay between 0 and 100', () => {
    expect(progressPercent(0, 416)).toBe(0);
    expect(progressPercent(500, 416)).toBe(100);
    expect(progressPercent(10, 0)).toBe(0);
  });
});

describe('stateChips', () => {
  it('should list every state in order with its count, 0 when missing', () => {
    const chips = stateChips({ active: 3, not_started: 2 });
    expect(chips.map((chip) => chip.state)).toEqual([
      'not_started',
      'applying',
      'offer',
      'awaiting_approval',
      'awaiting_signatures',
      'active',
      'completed',
      'at_risk',
    ]);
    expect(chips.find((chip) => chip.state === 'active')?.count).toBe(3);
    expect(chips.find((chip) => chip.state === 'offer')?.count).toBe(0);
    expect(totalCount(chips)).toBe(5);
  });
});

describe('agreement signatures', () => {
  const signature = { party: 'student' as const, signerName: 'Sanne Bakker', signedAt: '2026-11-20T10:00:00Z' };

  it('should list every required party with its signature once given', () => {
    expect(signatureRows({ requiredParties: ['student', 'guardian'], signatures: [signature] })).toEqual([
      { party: 'student', signature },
      { party: 'guardian', signature: null },
    ]);
  });

  it('should know when the guardian still has to sign', () => {
    const agreement = { requiredParties: ['student', 'guardian'] as const, signatures: [signature] };
    expect(
      guardianPending({ ...agreement, requiredParties: [...agreement.requiredParties], status: 'awaiting_signatures' }),
    ).toBe(true);
    expect(guardianPending({ requiredParties: ['student'], signatures: [], status: 'awaiting_signatures' })).toBe(
      false,
    );
    expect(
      guardianPending({
        requiredParties: ['guardian'],
        signatures: [{ ...signature, party: 'guardian' }],
        status: 'awaiting_signatures',
      }),
    ).toBe(false);
  });
});

describe('event keys', () => {
  it('should translate known actions and fall back for unknown ones', () => {
    expect(placementEventKey('approve')).toBe('placements.events.approve');
    expect(placementEventKey('something_new')).toBe('placements.events.other');
    expect(timelineEventKey('application', 'offered')).toBe('applications.statuses.offered');
    expect(timelineEventKey('placement', 'completed')).toBe('placements.events.completed');
  });
});
