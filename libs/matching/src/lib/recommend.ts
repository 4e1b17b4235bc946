import type { Certificate } from '@techzone/contracts';
import { evaluateRules, RULE_FAILED, type EligibilityRule } from './eligibility';
import { createIndexScorer } from './index-score';
import type { ImprovementTip, MatchReason } from './reasons';
import { computeScore, prepareCandidate, scoreWithin, type PreparedCandidate, type ScoreOptions } from './score';
import { compareRanked, TopK } from './top-k';
import type { MatchCandidate, MatchVacancy } from './types';
import { forEachEligibleInIndex, isVacancyIndex, type VacancyIndex } from './vacancy-index';

export interface Recommendation {
  vacancyId: string;
  score: number;
  reasons: MatchReason[];
}

export interface RankedCandidate {
  candidateId: string;
  score: number;
  reasons: MatchReason[];
}

/**
 * The k best eligible vacancies for a candidate, best first (equal scores by id). Hard rules filter, the score
 * ranks; a bounded heap keeps the k best, so the work is O(n log k), and reasons are built for the k only.
 * Pass a `VacancyIndex` (`indexVacancies`) instead of the array to skip most vacancies on a few numbers each.
 */
export function recommend(
  candidate: MatchCandidate,
  vacancies: readonly MatchVacancy[] | VacancyIndex,
  k = 20,
  options: ScoreOptions = {},
): Recommendation[] {
  const prepared = prepareCandidate(candidate, options);
  const heap = new TopK<MatchVacancy>(k);
  let threshold = -Infinity;
  const consider = (vacancy: MatchVacancy): void => {
    const km = evaluateRules(prepared, vacancy, null, null);
    if (km !== RULE_FAILED) {
      // Once the heap is full, a vacancy that could not beat its worst even with every skill is not scored further.
      const score = scoreWithin(prepared, vacancy, km, null, null, threshold);
      if (score >= 0 && heap.offer(score, vacancy.id, vacancy) && heap.size === k) {
        threshold = heap.worstScore();
      }
    }
  };
  if (isVacancyIndex(vacancies)) {
    const list = vacancies.vacancies;
    const score = createIndexScorer(prepared, vacancies);
    forEachEligibleInIndex(vacancies, candidate, options.today, (i, km, creboId) => {
      if (Number.isNaN(km)) {
        consider(list[i]);
        return;
      }
      // The vacancy object is read only when it enters the heap.
      const value = score(i, km, creboId, threshold);
      if (value >= 0 && heap.couldEnter(value) && heap.offer(value, list[i].id, list[i]) && heap.size === k) {
        threshold = heap.worstScore();
      }
    });
  } else {
    for (const vacancy of vacancies) {
      consider(vacancy);
    }
  }
  return heap.sorted().map(({ score, id, item }) => ({
    vacancyId: id,
    score,
    reasons: explain(prepared, item, evaluateRules(prepared, item, null, null)),
  }));
}

/**
 * The company's side with the same score: the k best eligible candidates for a vacancy, best first.
 * It is also the ranking a company accepts when it lets the engine rank its applicants in a placement round.
 */
export function rankCandidates(
  vacancy: MatchVacancy,
  candidates: readonly MatchCandidate[],
  k = 20,
  options: ScoreOptions = {},
): RankedCandidate[] {
  const heap = new TopK<{ prepared: PreparedCandidate; km: number }>(k);
  for (const candidate of candidates) {
    const prepared = prepareCandidate(candidate, options);
    const km = evaluateRules(prepared, vacancy, null, null);
    if (km !== RULE_FAILED) {
      heap.offer(scoreWithin(prepared, vacancy, km, null, null, -Infinity), candidate.id, { prepared, km });
    }
  }
  return heap.sorted().map(({ score, id, item }) => ({
    candidateId: id,
    score,
    reasons: explain(item.prepared, vacancy, item.km),
  }));
}

function explain(prepared: PreparedCandidate, vacancy: MatchVacancy, km: number): MatchReason[] {
  const reasons: MatchReason[] = [];
  computeScore(prepared, vacancy, km, reasons);
  return reasons;
}

export interface ImprovementOptions extends ScoreOptions {
  /** How many tips at most; default 3. */
  limit?: number;
}

/**
 * Tips that would open up the most nearby vacancies: the must-have skills the candidate lacks that occur most often
 * in the vacancies they are eligible for ("add TIG welding to your profile if you have it"), and the certificates
 * that are the only thing standing between them and a vacancy. Most helpful first, then by code.
 */
export function suggestImprovements(
  candidate: MatchCandidate,
  vacancies: readonly MatchVacancy[],
  options: ImprovementOptions = {},
): ImprovementTip[] {
  const prepared = prepareCandidate(candidate, options);
  const held = new Set(candidate.skills.map((skill) => skill.code));
  const skillCounts = new Map<string, number>();
  const certificateCounts = new Map<Certificate, number>();
  for (const vacancy of vacancies) {
    const failed: EligibilityRule[] = [];
    const missing: Certificate[] = [];
    evaluateRules(prepared, vacancy, failed, missing);
    if (failed.length === 0) {
      for (const wanted of vacancy.skills) {
        if (wanted.importance === 'must' && !held.has(wanted.code)) {
          skillCounts.set(wanted.code, (skillCounts.get(wanted.code) ?? 0) + 1);
        }
      }
    } else if (failed.length === 1 && failed[0] === 'certificates') {
      for (const certificate of missing) {
        certificateCounts.set(certificate, (certificateCounts.get(certificate) ?? 0) + 1);
      }
    }
  }
  const tips: ImprovementTip[] = [
    ...[...skillCounts].map(([skill, count]): ImprovementTip => ({ code: 'add_skill', skill, vacancies: count })),
    ...[...certificateCounts].map(([certificate, count]): ImprovementTip => ({
      code: 'add_certificate',
      certificate,
      vacancies: count,
    })),
  ];
  const key = (tip: ImprovementTip): string => (tip.code === 'add_skill' ? tip.skill : tip.certificate);
  return tips.sort((a, b) => compareRanked(a.vacancies, key(a), b.vacancies, key(b))).slice(0, options.limit ?? 3);
}
