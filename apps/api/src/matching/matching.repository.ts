import { Injectable } from '@nestjs/common';
import {
  VACANCY_TYPES,
  type CandidateMatchResponse,
  type Certificate,
  type EducationLevel,
  type LearningRoute,
  type SkillLevel,
  type VacancyType,
} from '@techzone/contracts';
import { isMboPlacement, routeFits, type MatchCandidate, type MatchVacancy, type SkillNode } from '@techzone/matching';
import { DataSource, EntityManager } from 'typeorm';

/** How many vacancies (or candidates) the SQL pre-filter hands to the engine at most. */
const PREFILTER_LIMIT = 5000;

interface CandidateRow {
  user_id: string;
  kind: 'student' | 'professional';
  route: LearningRoute | null;
  education_level: EducationLevel | null;
  qualification_crebo: string | null;
  date_of_birth: string | null;
  lat: number | null;
  lon: number | null;
  max_travel_km: number;
  skills: { code: string; level: SkillLevel }[] | null;
  certificates: Certificate[];
  wanted_types: VacancyType[];
  sector_codes: string[];
  hours_per_week_min: number | null;
  hours_per_week_max: number | null;
  available_from: string | null;
  available_to: string | null;
  school_id: string | null;
}

const toCandidate = (row: CandidateRow): MatchCandidate => ({
  id: row.user_id,
  kind: row.kind,
  route: row.route,
  educationLevel: row.education_level,
  qualificationCrebo: row.qualification_crebo,
  dateOfBirth: row.date_of_birth,
  home: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
  maxTravelKm: row.max_travel_km,
  skills: row.skills ?? [],
  certificates: row.certificates,
  wantedTypes: row.wanted_types,
  sectorCodes: row.sector_codes,
  hoursMin: row.hours_per_week_min,
  hoursMax: row.hours_per_week_max,
  availableFrom: row.available_from,
  availableTo: row.available_to,
  schoolId: row.school_id,
});

const CANDIDATE_SELECT = `
  SELECT cp.user_id, u.candidate_kind AS kind, cp.route, cp.education_level, cp.qualification_crebo,
         to_char(cp.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, p.lat, p.lon, cp.max_travel_km,
         (SELECT json_agg(json_build_object('code', cs.skill_code, 'level', cs.level)) FROM candidate_skills cs WHERE cs.user_id = cp.user_id) AS skills,
         cp.certificates, cp.wanted_types, cp.sector_codes, cp.hours_per_week_min, cp.hours_per_week_max,
         to_char(cp.available_from, 'YYYY-MM-DD') AS available_from, to_char(cp.available_to, 'YYYY-MM-DD') AS available_to,
         cp.school_id
  FROM candidate_profiles cp JOIN users u ON u.id = cp.user_id LEFT JOIN places p ON p.id = cp.home_place_id`;

interface VacancyRow {
  id: string;
  organization_id: string;
  title: string;
  type: VacancyType;
  levels: EducationLevel[];
  qualification_crebos: string[];
  lat: number;
  lon: number;
  certificates: Certificate[];
  min_age: number | null;
  hours_per_week: number;
  start_date: string | null;
  end_date: string | null;
  sector_code: string | null;
  skills: MatchVacancy['skills'] | null;
  accreditations: string[] | null;
}

const VACANCY_SELECT = `
  SELECT v.id, v.organization_id, v.title, v.type, v.levels, v.qualification_crebos, v.lat, v.lon, v.certificates,
         v.min_age, v.hours_per_week, to_char(v.start_date, 'YYYY-MM-DD') AS start_date,
         to_char(v.end_date, 'YYYY-MM-DD') AS end_date, v.sector_code,
         (SELECT json_agg(json_build_object('code', vs.skill_code, 'minLevel', vs.min_level, 'importance', vs.importance))
            FROM vacancy_skills vs WHERE vs.vacancy_id = v.id) AS skills,
         (SELECT array_agg(a.crebo) FROM accreditations a
            WHERE a.organization_id = v.organization_id AND a.since <= current_date
              AND (a.until IS NULL OR a.until >= current_date)) AS accreditations
  FROM vacancies v`;

const toVacancy = (row: VacancyRow): MatchVacancy => ({
  id: row.id,
  type: row.type,
  levels: row.levels,
  qualificationCrebos: row.qualification_crebos,
  companyAccreditations: row.accreditations ?? [],
  location: { lat: row.lat, lon: row.lon },
  skills: row.skills ?? [],
  certificates: row.certificates,
  minAge: row.min_age,
  hoursPerWeek: row.hours_per_week,
  startDate: row.start_date,
  endDate: row.end_date,
  sectorCode: row.sector_code,
});

/**
 * The pre-filter of recommendations, on the narrow copy of the published vacancies (published_vacancies, kept by
 * triggers): unexpired vacancies within reach (the GiST index on ll_to_earth finds the box; an exact haversine on
 * the columns decides, and only a vacancy within a metre of the edge pays for earth_distance: the same answer as
 * earth_distance alone at a fraction of the cost), the newest PREFILTER_LIMIT. Of those, only the ones that pass
 * the candidate's route, level and qualification rules ($4-$6, see `NearRules`) are sent: most of the cost is per
 * row sent. The skills and the company's accreditations come with the row (match_skills, accreditations).
 * Lists come as text, words separated by spaces (levels, crebos, certificate and skill codes have neither spaces nor
 * colons: skill codes are lower-case words and dots, see the taxonomy DTOs), skills as "code:minLevel:importance"
 * and accreditations as "crebo:since:until" words: cheaper to build and to read than json_agg and arrays, for
 * PostgreSQL and pg. Only the columns the engine reads are sent.
 */
const nearSelect = (withRules: boolean): string => `
  SELECT n.vacancy_id AS id, n.type, array_to_string(n.levels, ' ') AS levels,
         array_to_string(n.qualification_crebos, ' ') AS qualification_crebos, n.lat, n.lon,
         array_to_string(n.certificates, ' ') AS certificates, n.min_age, n.hours_per_week,
         to_char(n.start_date, 'YYYY-MM-DD') AS start_date, to_char(n.end_date, 'YYYY-MM-DD') AS end_date, n.sector_code,
         n.match_skills AS skills, n.accreditations
  FROM (
    SELECT v.vacancy_id, v.type, v.levels, v.qualification_crebos, v.lat, v.lon, v.certificates, v.min_age,
           v.hours_per_week, v.start_date, v.end_date, v.sector_code, v.published_at, v.match_skills, v.accreditations
    FROM published_vacancies v
    CROSS JOIN LATERAL (
      SELECT 2 * earth() * asin(least(1, sqrt(power(sin(radians(v.lat - $1) / 2), 2)
               + cos(radians($1)) * cos(radians(v.lat)) * power(sin(radians(v.lon - $2) / 2), 2)))) AS m
    ) d
    WHERE (v.expires_at IS NULL OR v.expires_at > now())
      AND earth_box(ll_to_earth($1, $2), $3) @> ll_to_earth(v.lat, v.lon)
      AND (d.m <= $3 - 1 OR (d.m <= $3 + 1 AND earth_distance(ll_to_earth($1, $2), ll_to_earth(v.lat, v.lon)) <= $3))
    ORDER BY v.published_at DESC
    LIMIT ${PREFILTER_LIMIT}
  ) n
  ${
    withRules
      ? `WHERE n.type::text = ANY($4::text[])
    AND (cardinality(n.levels) = 0 OR $5::text = ANY(n.levels::text[]))
    AND (cardinality(n.qualification_crebos) = 0 OR $6::text = ANY(n.qualification_crebos::text[]))
    -- accreditation, for MBO placements: the candidate's crebo among the company's (the engine checks the dates);
    -- without a crebo, any accreditation
    AND (NOT n.type::text = ANY($7::text[]) OR CASE WHEN $6::text IS NULL THEN n.accreditations <> ''
           ELSE (' ' || n.accreditations) LIKE '% ' || $6::text || ':%' END)
    -- period
    AND (n.start_date IS NULL OR $9::date IS NULL OR n.start_date <= $9::date)
    AND ($8::date IS NULL OR n.end_date IS NULL OR $8::date <= n.end_date)`
      : ''
  }
  ORDER BY n.published_at DESC`;
const NEAR_SELECT = nearSelect(true);
const NEAR_SELECT_ANY = nearSelect(false);

/** A row of the pre-filter: the lists as text, words separated by spaces (see `nearSelect`). */
interface NearVacancyRow {
  id: string;
  type: VacancyType;
  levels: string;
  qualification_crebos: string;
  lat: number;
  lon: number;
  certificates: string;
  min_age: number | null;
  hours_per_week: number;
  start_date: string | null;
  end_date: string | null;
  sector_code: string | null;
  skills: string | null;
  accreditations: string | null;
}

const words = (text: string | null): string[] => (text ? text.split(' ') : []);

/** The crebos of "crebo:since:until" words (dates YYYY-MM-DD, until empty when open-ended) in force on `day`. */
export function activeAccreditations(text: string | null, day: string): string[] {
  return words(text).flatMap((entry) => {
    const [crebo, since, until] = entry.split(':');
    return since <= day && (!until || until >= day) ? [crebo] : [];
  });
}

const toSkills = (text: string | null): MatchVacancy['skills'] =>
  words(text).map((entry) => {
    const [code, minLevel, importance] = entry.split(':');
    return {
      code,
      minLevel: Number(minLevel) as SkillLevel,
      importance: importance as MatchVacancy['skills'][number]['importance'],
    };
  });

/**
 * Reads pre-filter rows into the engine's shape. The lists repeat from row to row (a company's accreditations on
 * each of its vacancies, the same levels and certificates), so each distinct text is read once per call and its
 * list shared (the engine only reads them): less work and less garbage for the thousand rows of a request.
 */
class NearVacancyReader {
  private readonly lists = new Map<string, string[]>();
  private readonly accreditations = new Map<string, string[]>();
  private readonly skills = new Map<string, MatchVacancy['skills']>();
  private readonly today = new Date().toISOString().slice(0, 10);

  read(row: NearVacancyRow): MatchVacancy {
    return {
      id: row.id,
      type: row.type,
      levels: this.list(row.levels) as EducationLevel[],
      qualificationCrebos: this.list(row.qualification_crebos),
      companyAccreditations: this.cached(this.accreditations, row.accreditations, (text) =>
        activeAccreditations(text, this.today),
      ),
      location: { lat: row.lat, lon: row.lon },
      skills: this.cached(this.skills, row.skills, toSkills),
      certificates: this.list(row.certificates) as Certificate[],
      minAge: row.min_age,
      hoursPerWeek: row.hours_per_week,
      startDate: row.start_date,
      endDate: row.end_date,
      sectorCode: row.sector_code,
    };
  }

  private list(text: string | null): string[] {
    return this.cached(this.lists, text, words);
  }

  private cached<T>(cache: Map<string, T>, text: string | null, read: (text: string | null) => T): T {
    const key = text ?? '';
    let value = cache.get(key);
    if (value === undefined) {
      value = read(text);
      cache.set(key, value);
    }
    return value;
  }
}

/**
 * The candidate's side of the hard rules the pre-filter applies in SQL. They mirror the engine's `route`, `level`,
 * `qualification` and `period` rules and a looser `accreditation` rule (the crebo named, whatever the dates)
 * (evaluateRules), so they only leave out vacancies the engine would reject for a rule
 * other than certificates: those count neither for the recommendations nor for the tips (which look at eligible
 * vacancies and at those only certificates stand in the way of). They apply after the limit, so the same newest
 * PREFILTER_LIMIT vacancies within reach are considered as without them.
 */
export interface NearRules {
  /** The vacancy types the candidate's route allows (`routeFits`). */
  types: VacancyType[];
  /** A vacancy that names levels must name this one ('none' for a candidate without a level). */
  educationLevel: string;
  /**
   * A vacancy that names qualifications must name this crebo (none: only vacancies that name none); for an MBO
   * placement the company must be accredited for it (any accreditation for a candidate without one).
   */
  qualificationCrebo: string | null;
  /** The vacancy types that need the company's accreditation (`isMboPlacement`). */
  placementTypes: VacancyType[];
  /** The candidate's availability: the vacancy's period must overlap it (`periodsOverlap`). */
  availableFrom: string | null;
  availableTo: string | null;
}

export function nearRules(candidate: MatchCandidate): NearRules {
  return {
    types: VACANCY_TYPES.filter((type) => routeFits(candidate, type)),
    educationLevel: candidate.educationLevel ?? 'none',
    qualificationCrebo: candidate.qualificationCrebo,
    placementTypes: VACANCY_TYPES.filter(isMboPlacement),
    availableFrom: candidate.availableFrom?.slice(0, 10) ?? null,
    availableTo: candidate.availableTo?.slice(0, 10) ?? null,
  };
}

/** No rule: every vacancy within reach (for comparisons). */
export const ANY_CANDIDATE: NearRules = {
  types: [...VACANCY_TYPES],
  educationLevel: '',
  qualificationCrebo: null,
  placementTypes: [],
  availableFrom: null,
  availableTo: null,
};

/**
 * The SQL side of matching: the hard rules an index can serve (published, unexpired, within reach) run in
 * PostgreSQL; the engine in @techzone/matching scores the few thousand that remain.
 */
/** An opted-in candidate as `findDiscoverablePeople` reads them. */
export interface DiscoverablePersonRow {
  id: string;
  name: string;
  kind: 'student' | 'professional';
  education_level: CandidateMatchResponse['educationLevel'];
  route: CandidateMatchResponse['route'];
  home_place: string | null;
  certificates: CandidateMatchResponse['certificates'];
  languages: CandidateMatchResponse['languages'];
  about: string | null;
  skills: CandidateMatchResponse['skills'];
  applied: boolean;
  invited: boolean;
}

@Injectable()
export class MatchingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The opted-in candidates among `ids`, as a company sees them for the vacancy: profile, skills with labels, and
   * whether they already applied or were invited. Candidates who are not discoverable are left out.
   */
  findDiscoverablePeople(ids: readonly string[], vacancyId: string): Promise<DiscoverablePersonRow[]> {
    return this.dataSource.query(
      `SELECT u.id, u.name, u.candidate_kind AS kind, cp.education_level, cp.route, p.name AS home_place, cp.certificates,
              cp.languages, cp.about,
              (SELECT coalesce(json_agg(json_build_object('code', s.code, 'nl', s.label_nl, 'en', s.label_en, 'level', cs.level) ORDER BY cs.level DESC, s.label_nl), '[]')
                 FROM candidate_skills cs JOIN skills s ON s.code = cs.skill_code WHERE cs.user_id = u.id) AS skills,
              EXISTS (SELECT 1 FROM applications a WHERE a.vacancy_id = $2::uuid AND a.candidate_id = u.id) AS applied,
              EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.type = 'vacancy.invitation' AND n.data->>'vacancyId' = $2::text) AS invited
       FROM users u JOIN candidate_profiles cp ON cp.user_id = u.id LEFT JOIN places p ON p.id = cp.home_place_id
       WHERE u.id = ANY($1::uuid[]) AND cp.discoverable`,
      [ids, vacancyId],
    );
  }

  /** What inviting a candidate to a vacancy depends on, read in the caller's transaction; undefined when neither exists. */
  async findInvitationFacts(
    manager: EntityManager,
    candidateId: string,
    vacancyId: string,
  ): Promise<{ discoverable: boolean; status: string; company: string; invited: boolean } | undefined> {
    const [row] = (await manager.query(
      `SELECT cp.discoverable, v.status, o.name AS company,
              EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = cp.user_id AND n.type = 'vacancy.invitation' AND n.data->>'vacancyId' = $2::text) AS invited
       FROM candidate_profiles cp, vacancies v JOIN organizations o ON o.id = v.organization_id
       WHERE cp.user_id = $1 AND v.id = $2::uuid`,
      [candidateId, vacancyId],
    )) as { discoverable: boolean; status: string; company: string; invited: boolean }[];
    return row;
  }

  async candidate(userId: string): Promise<MatchCandidate | null> {
    const rows = (await this.dataSource.query(`${CANDIDATE_SELECT} WHERE cp.user_id = $1`, [userId])) as CandidateRow[];
    return rows.length ? toCandidate(rows[0]) : null;
  }

  /**
   * Published, unexpired vacancies within `radiusKm` of a point (the newest PREFILTER_LIMIT), with skills and the
   * company's active accreditations; of those, the ones that pass `rules` (see `nearRules`).
   */
  async vacanciesNear(
    point: { lat: number; lon: number },
    radiusKm: number,
    rules: NearRules = ANY_CANDIDATE,
  ): Promise<MatchVacancy[]> {
    const open = rules === ANY_CANDIDATE;
    const rows = (await this.dataSource.query(
      open ? NEAR_SELECT_ANY : NEAR_SELECT,
      open
        ? [point.lat, point.lon, radiusKm * 1000]
        : [
            point.lat,
            point.lon,
            radiusKm * 1000,
            rules.types,
            rules.educationLevel,
            rules.qualificationCrebo,
            rules.placementTypes,
            rules.availableFrom,
            rules.availableTo,
          ],
    )) as NearVacancyRow[];
    const reader = new NearVacancyReader();
    return rows.map((row) => reader.read(row));
  }

  /** One vacancy in the engine's shape, whatever its status, with its company and title. */
  async vacancy(id: string): Promise<{ match: MatchVacancy; organizationId: string; title: string } | null> {
    const rows = (await this.dataSource.query(`${VACANCY_SELECT} WHERE v.id = $1`, [id])) as VacancyRow[];
    return rows.length
      ? { match: toVacancy(rows[0]), organizationId: rows[0].organization_id, title: rows[0].title }
      : null;
  }

  /** Candidates by user id, in the engine's shape (for a placement round's students). */
  async candidatesByIds(userIds: readonly string[]): Promise<MatchCandidate[]> {
    if (!userIds.length) {
      return [];
    }
    const rows = (await this.dataSource.query(`${CANDIDATE_SELECT} WHERE cp.user_id = ANY($1::uuid[])`, [
      userIds,
    ])) as CandidateRow[];
    return rows.map(toCandidate);
  }

  /** Vacancies by id, whatever their status, in the engine's shape (for a placement round's vacancies). */
  async vacanciesByIds(ids: readonly string[]): Promise<MatchVacancy[]> {
    if (!ids.length) {
      return [];
    }
    const rows = (await this.dataSource.query(`${VACANCY_SELECT} WHERE v.id = ANY($1::uuid[])`, [ids])) as VacancyRow[];
    return rows.map(toVacancy);
  }

  /** Candidates who opted in to be found and whose travel limit reaches the point. */
  async discoverableCandidatesNear(point: { lat: number; lon: number }): Promise<MatchCandidate[]> {
    const rows = (await this.dataSource.query(
      `${CANDIDATE_SELECT}
       WHERE cp.discoverable AND u.account_type = 'candidate' AND p.id IS NOT NULL
         AND earth_distance(ll_to_earth(p.lat, p.lon), ll_to_earth($1, $2)) <= cp.max_travel_km * 1000
       LIMIT ${PREFILTER_LIMIT}`,
      [point.lat, point.lon],
    )) as CandidateRow[];
    return rows.map(toCandidate);
  }

  async skillTree(): Promise<SkillNode[]> {
    const rows = (await this.dataSource.query(`SELECT code, parent_code FROM skills`)) as {
      code: string;
      parent_code: string | null;
    }[];
    return rows.map((row) => ({ code: row.code, parent: row.parent_code }));
  }
}
