import { EDUCATION_LEVELS, VACANCY_TYPES } from '@techzone/contracts';
import { dateKey } from './dates';
import { distanceScore } from './geo';
import {
  availabilityFit,
  hoursFitOf,
  MUST_WEIGHT,
  sectorFit,
  skillCredit,
  toScore,
  UNKNOWN_PERIOD_FIT,
  type PreparedCandidate,
} from './score';
import { contains, type VacancyIndex } from './vacancy-index';

const NO_START = -1;
const NO_END = 99_999_999;

/**
 * The score of `scoreWithin` computed from the index's columns, for one candidate: the same formulas in the same
 * order, so the same numbers (the tests compare both paths). Lookup tables per candidate are built once.
 */
export function createIndexScorer(
  p: PreparedCandidate,
  index: VacancyIndex,
): (i: number, km: number, creboId: number, atLeast: number) => number {
  const c = p.candidate;
  const w = p.weights;
  const credits = new Float64Array(index.skillIds.size * 5);
  for (const [code, id] of index.skillIds) {
    for (let level = 1; level <= 4; level++) {
      credits[id * 5 + level] = skillCredit(p, code, level);
    }
  }
  const sectorMatch = new Float64Array(index.sectorIds.size + 1);
  sectorMatch[0] = sectorFit(c, null);
  for (const [code, id] of index.sectorIds) {
    sectorMatch[id + 1] = sectorFit(c, code);
  }
  const typeWanted = new Float64Array(VACANCY_TYPES.length);
  VACANCY_TYPES.forEach((type, t) => {
    typeWanted[t] = p.wantedTypes.size > 0 ? (p.wantedTypes.has(type) ? 1 : 0) : 1;
  });
  const mbo = new Uint8Array(VACANCY_TYPES.length);
  mbo[VACANCY_TYPES.indexOf('bol_internship')] = 1;
  mbo[VACANCY_TYPES.indexOf('bbl_apprenticeship')] = 1;
  const levelBit = c.educationLevel === null ? 0 : 1 << EDUCATION_LEVELS.indexOf(c.educationLevel);
  const from = c.availableFrom === null ? null : dateKey(c.availableFrom);
  const to = c.availableTo === null ? null : dateKey(c.availableTo);
  const othersAtBest = w.fit + w.accreditation + w.preferences + w.availability;
  const { skillStart, skill, skillMinLevel, skillMust, levels, type, sector, hours, start, end } = index;
  const { qualificationStart, qualification, accreditationStart, accreditation } = index;

  return (i, km, creboId, atLeast) => {
    const distance = distanceScore(km, c.maxTravelKm);
    const pruning = atLeast > -Infinity;
    if (pruning && toScore(w.distance * distance + w.skills + othersAtBest, p.weightSum) < atLeast) {
      return -1;
    }
    let skills = 1;
    if (skillStart[i + 1] > skillStart[i]) {
      let earned = 0;
      let possible = 0;
      for (let j = skillStart[i]; j < skillStart[i + 1]; j++) {
        const weight = skillMust[j] === 1 ? MUST_WEIGHT : 1;
        possible += weight;
        earned += weight * credits[skill[j] * 5 + skillMinLevel[j]];
      }
      skills = earned / possible;
    }
    if (pruning && toScore(w.distance * distance + w.skills * skills + othersAtBest, p.weightSum) < atLeast) {
      return -1;
    }
    let fit: number;
    if (creboId >= 0 && contains(qualification, qualificationStart[i], qualificationStart[i + 1], creboId)) {
      fit = 1;
    } else if (levelBit !== 0 && (levels[i] & levelBit) !== 0) {
      fit = 0.8;
    } else {
      fit = levels[i] === 0 && qualificationStart[i + 1] === qualificationStart[i] ? 0.6 : 0;
    }
    const accreditation_ =
      creboId >= 0 && contains(accreditation, accreditationStart[i], accreditationStart[i + 1], creboId)
        ? 1
        : mbo[type[i]] === 1
          ? 0
          : 0.5;
    const preferences = 0.5 * typeWanted[type[i]] + 0.25 * sectorMatch[sector[i] + 1] + 0.25 * hoursFitOf(c, hours[i]);
    const period = availabilityFit(
      from,
      to,
      start[i] === NO_START ? null : start[i],
      end[i] === NO_END ? null : end[i],
    );
    const availability = Number.isNaN(period) ? UNKNOWN_PERIOD_FIT : period;
    return toScore(
      w.skills * skills +
        w.distance * distance +
        w.fit * fit +
        w.accreditation * accreditation_ +
        w.preferences * preferences +
        w.availability * availability,
      p.weightSum,
    );
  };
}
