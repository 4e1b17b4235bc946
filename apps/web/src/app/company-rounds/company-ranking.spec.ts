import { CompanyRoundCandidateResponse } from '@techzone/contracts';
import { byScore, inOrder, rankingChanged, rankingRequest } from './company-ranking';

function candidate(userId: string, score: number, name = userId): CompanyRoundCandidateResponse {
  return { userId, name, educationLevel: 'mbo3', programName: 'Allround lasser', choice: 1, score, reasons: [] };
}

describe('company ranking', () => {
  const candidates = [candidate('a', 60, 'Sanne'), candidate('b', 90), candidate('c', 60, 'Bram'), candidate('d', 75)];

  it('should rank by score, then by name', () => {
    expect(byScore(candidates).map((c) => c.userId)).toEqual(['b', 'd', 'c', 'a']);
  });

  it("should follow the company's own order and put the students it left out after, by score", () => {
    expect(inOrder(candidates, ['a', 'c']).map((c) => c.userId)).toEqual(['a', 'c', 'b', 'd']);
    expect(inOrder(candidates, ['x', 'd']).map((c) => c.userId)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('should see a change of mode, and a change of order only in the own order', () => {
    const saved = { mode: 'score' as const, candidates: byScore(candidates) };
    expect(rankingChanged(saved, 'score', ['a'])).toBe(false);
    expect(rankingChanged(saved, 'manual', ['b', 'd', 'c', 'a'])).toBe(true);
    const manual = { mode: 'manual' as const, candidates: inOrder(candidates, ['a', 'b', 'c', 'd']) };
    expect(rankingChanged(manual, 'manual', ['a', 'b', 'c', 'd'])).toBe(false);
    expect(rankingChanged(manual, 'manual', ['b', 'a', 'c', 'd'])).toBe(true);
  });

  it('should send the order only with the own order', () => {
    expect(rankingRequest('score', ['a', 'b'])).toEqual({ mode: 'score' });
    expect(rankingRequest('manual', ['b', 'a'])).toEqual({ mode: 'manual', studentIds: ['b', 'a'] });
  });
});
