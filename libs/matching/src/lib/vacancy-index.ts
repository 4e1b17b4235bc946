import { CERTIFICATES, EDUCATION_LEVELS, VACANCY_TYPES } from '@techzone/contracts';
import { dateKey, todayIso } from './dates';
import { heldCertificates, routeFits, vacancyAccreditedWithoutCrebo } from './eligibility';
import { kmBetweenUnits, unitX, unitY, unitZ } from './geo';
import type { MatchCandidate, MatchVacancy } from './types';

const EARTH_RADIUS_KM = 6371.0088;
const NO_START = -1;
const NO_END = 99_999_999;

/**
 * The vacancies in columns (typed arrays), so that the hard rules run on a few numbers per vacancy and leave the
 * vacancy objects untouched: on this kind of machine every object visited costs a cache miss. Build it once when
 * the set of vacancies changes and pass it to `recommend` instead of the array; the results are the same.
 */
export interface VacancyIndex {
  readonly vacancies: readonly MatchVacancy[];
  readonly type: Uint8Array;
  /** Bit per education level (EDUCATION_LEVELS order); 0 accepts any. */
  readonly levels: Uint8Array;
  /** Crebo ids (see `crebos`) per vacancy, in CSR form: vacancy i has ids qualification[qualificationStart[i] ..]. */
  readonly qualificationStart: Int32Array;
  readonly qualification: Int32Array;
  readonly accreditationStart: Int32Array;
  readonly accreditation: Int32Array;
  /** 1 when an MBO placement's company passes the accreditation rule for a candidate without a crebo. */
  readonly accreditedWithoutCrebo: Uint8Array;
  readonly crebos: ReadonlyMap<string, number>;
  /** Bit per certificate (CERTIFICATES order). */
  readonly certificates: Uint16Array;
  readonly minAge: Uint8Array;
  /** YYYYMMDD; open bounds as far past and far future. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Position as a unit vector: the dot product with the home gives the angle, so the distance, without trig. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly z: Float64Array;
  /** Wanted skills in CSR form: skill id (see `skillIds`), minimum level 1-4, must (1) or nice (0). */
  readonly skillStart: Int32Array;
  readonly skill: Int32Array;
  readonly skillMinLevel: Uint8Array;
  readonly skillMust: Uint8Array;
  readonly skillIds: ReadonlyMap<string, number>;
  /** Sector id (see `sectorIds`), -1 for none. */
  readonly sector: Int32Array;
  readonly sectorIds: ReadonlyMap<string, number>;
  readonly hours: Float64Array;
  /** 1 where a value does not fit the columns (unknown level or certificate): the full rules run on the object. */
  readonly irregular: Uint8Array;
}

export function indexVacancies(vacancies: readonly MatchVacancy[]): VacancyIndex {
  const n = vacancies.length;
  const crebos = new Map<string, number>();
  const creboId = (crebo: string): number => {
    let id = crebos.get(crebo);
    if (id === undefined) {
      id = crebos.size;
      crebos.set(crebo, id);
    }
    return id;
  };
  const qualification: number[] = [];
  const accreditation: number[] = [];
  const skillIds = new Map<string, number>();
  const sectorIds = new Map<string, number>();
  const intern = (map: Map<string, number>, code: string): number => {
    let id = map.get(code);
    if (id === undefined) {
      id = map.size;
      map.set(code, id);
    }
    return id;
  };
  const skill: number[] = [];
  const skillMinLevel: number[] = [];
  const skillMust: number[] = [];
  const index = {
    vacancies,
    type: new Uint8Array(n),
    levels: new Uint8Array(n),
    qualificationStart: new Int32Array(n + 1),
    qualification: new Int32Array(0),
    accreditationStart: new Int32Array(n + 1),
    accreditation: new Int32Array(0),
    accreditedWithoutCrebo: new Uint8Array(n),
    crebos,
    certificates: new Uint16Array(n),
    minAge: new Uint8Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    z: new Float64Array(n),
    skillStart: new Int32Array(n + 1),
    skill: new Int32Array(0),
    skillMinLevel: new Uint8Array(0),
    skillMust: new Uint8Array(0),
    skillIds,
    sector: new Int32Array(n),
    sectorIds,
    hours: new Float64Array(n),
    irregular: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const vacancy = vacancies[i];
    let irregular = false;
    index.type[i] = VACANCY_TYPES.indexOf(vacancy.type);
    for (const level of vacancy.levels) {
      const bit = EDUCATION_LEVELS.indexOf(level);
      irregular ||= bit < 0;
      index.levels[i] |= 1 << bit;
    }
    index.qualificationStart[i] = qualification.length;
    for (const crebo of vacancy.qualificationCrebos) {
      qualification.push(creboId(crebo));
    }
    index.accreditationStart[i] = accreditation.length;
    for (const crebo of vacancy.companyAccreditations) {
      accreditation.push(creboId(crebo));
    }
    index.accreditedWithoutCrebo[i] = vacancyAccreditedWithoutCrebo(vacancy) ? 1 : 0;
    for (const certificate of vacancy.certificates) {
      const bit = CERTIFICATES.indexOf(certificate);
      irregular ||= bit < 0;
      index.certificates[i] |= 1 << bit;
    }
    const minAge = vacancy.minAge ?? 0;
    irregular ||= minAge > 255 || !Number.isInteger(minAge);
    index.minAge[i] = Math.max(0, minAge);
    index.start[i] = vacancy.startDate === null ? NO_START : dateKey(vacancy.startDate);
    index.end[i] = vacancy.endDate === null ? NO_END : dateKey(vacancy.endDate);
    const [x, y, z] = unitVector(vacancy.location.lat, vacancy.location.lon);
    index.x[i] = x;
    index.y[i] = y;
    index.z[i] = z;
    index.skillStart[i] = skill.length;
    for (const wanted of vacancy.skills) {
      irregular ||= !(wanted.minLevel >= 1 && wanted.minLevel <= 4 && Number.isInteger(wanted.minLevel));
      skill.push(intern(skillIds, wanted.code));
      skillMinLevel.push(wanted.minLevel);
      skillMust.push(wanted.importance === 'must' ? 1 : 0);
    }
    index.sector[i] = vacancy.sectorCode === null ? -1 : intern(sectorIds, vacancy.sectorCode);
    index.hours[i] = vacancy.hoursPerWeek;
    index.irregular[i] = irregular ? 1 : 0;
  }
  index.skillStart[n] = skill.length;
  index.skill = Int32Array.from(skill);
  index.skillMinLevel = Uint8Array.from(skillMinLevel);
  index.skillMust = Uint8Array.from(skillMust);
  index.qualificationStart[n] = qualification.length;
  index.accreditationStart[n] = accreditation.length;
  index.qualification = Int32Array.from(qualification);
  index.accreditation = Int32Array.from(accreditation);
  return index;
}

export function isVacancyIndex(value: readonly MatchVacancy[] | VacancyIndex): value is VacancyIndex {
  return !Array.isArray(value);
}

function unitVector(lat: number, lon: number): [number, number, number] {
  return [unitX(lat, lon), unitY(lat, lon), unitZ(lat)];
}

/**
 * Calls `visit(position, km, creboId)` for every vacancy that passes the hard rules on the columns, with its
 * distance (the same number `distanceKm` gives). Where `irregular` is set, it visits with km NaN: the caller runs
 * the full rules on the object.
 */
export function forEachEligibleInIndex(
  index: VacancyIndex,
  candidate: MatchCandidate,
  today: string | undefined,
  visit: (position: number, km: number, creboId: number) => void,
): void {
  const home = candidate.home;
  if (home === null) {
    return;
  }
  const allowed = new Uint8Array(VACANCY_TYPES.length);
  VACANCY_TYPES.forEach((type, i) => {
    allowed[i] = routeFits(candidate, type) ? 1 : 0;
  });
  const levelBit = 1 << EDUCATION_LEVELS.indexOf(candidate.educationLevel ?? 'none');
  const crebo = candidate.qualificationCrebo === null ? -2 : (index.crebos.get(candidate.qualificationCrebo) ?? -1);
  let held = 0;
  for (const certificate of heldCertificates(candidate.certificates)) {
    held |= 1 << CERTIFICATES.indexOf(certificate);
  }
  const birth = candidate.dateOfBirth === null ? null : dateKey(candidate.dateOfBirth);
  const todayKey = dateKey(today ?? todayIso());
  const from = candidate.availableFrom === null ? NO_START : dateKey(candidate.availableFrom);
  const to = candidate.availableTo === null ? NO_END : dateKey(candidate.availableTo);
  const [hx, hy, hz] = unitVector(home.lat, home.lon);
  const minDot = Math.cos(Math.min(Math.PI, candidate.maxTravelKm / EARTH_RADIUS_KM)) - 1e-12;
  const bol = VACANCY_TYPES.indexOf('bol_internship');
  const bbl = VACANCY_TYPES.indexOf('bbl_apprenticeship');
  const { type, levels, certificates, minAge, start, end, x, y, z, irregular } = index;
  const { qualificationStart, qualification, accreditationStart, accreditation, accreditedWithoutCrebo } = index;

  for (let i = 0; i < type.length; i++) {
    if (irregular[i] === 1) {
      visit(i, NaN, crebo);
      continue;
    }
    const t = type[i];
    if (allowed[t] === 0 || (levels[i] !== 0 && (levels[i] & levelBit) === 0)) {
      continue;
    }
    if (start[i] > to || from > end[i] || (certificates[i] & held) !== certificates[i]) {
      continue;
    }
    const dot = x[i] * hx + y[i] * hy + z[i] * hz;
    if (dot < minDot) {
      continue;
    }
    if (minAge[i] > 0) {
      const on = start[i] === NO_START ? todayKey : start[i];
      if (birth === null || Math.floor((on - birth) / 10_000) < minAge[i]) {
        continue;
      }
    }
    if (
      qualificationStart[i + 1] > qualificationStart[i] &&
      !contains(qualification, qualificationStart[i], qualificationStart[i + 1], crebo)
    ) {
      continue;
    }
    if (
      (t === bol || t === bbl) &&
      (crebo === -2
        ? accreditedWithoutCrebo[i] === 0
        : !contains(accreditation, accreditationStart[i], accreditationStart[i + 1], crebo))
    ) {
      continue;
    }
    const km = kmBetweenUnits(hx, hy, hz, x[i], y[i], z[i]);
    if (km <= candidate.maxTravelKm) {
      visit(i, km, crebo);
    }
  }
}

export function contains(list: Int32Array, from: number, to: number, value: number): boolean {
  for (let j = from; j < to; j++) {
    if (list[j] === value) {
      return true;
    }
  }
  return false;
}
