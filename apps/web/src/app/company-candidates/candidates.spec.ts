import { CandidateMatchResponse } from '@techzone/contracts';
import { inviteState, markInvited } from './candidates';

function candidate(overrides: Partial<CandidateMatchResponse> = {}): CandidateMatchResponse {
  return {
    userId: 'u1',
    name: 'Sanne de Vries',
    kind: 'student',
    educationLevel: 'mbo2',
    route: 'BOL',
    homePlace: 'Emmen',
    skills: [],
    certificates: [],
    languages: [],
    about: null,
    score: 80,
    reasons: [],
    alreadyApplied: false,
    invited: false,
    ...overrides,
  };
}

describe('inviteState', () => {
  it('should prefer "already applied" over "invited"', () => {
    expect(inviteState(candidate())).toBe('open');
    expect(inviteState(candidate({ invited: true }))).toBe('invited');
    expect(inviteState(candidate({ alreadyApplied: true, invited: true }))).toBe('applied');
  });
});

describe('markInvited', () => {
  it('should mark only the invited candidate, without changing the list it got', () => {
    const list = [candidate({ userId: 'a' }), candidate({ userId: 'b' })];
    const updated = markInvited(list, 'b');
    expect(updated.map((c) => c.invited)).toEqual([false, true]);
    expect(list[1].invited).toBe(false);
  });
});
