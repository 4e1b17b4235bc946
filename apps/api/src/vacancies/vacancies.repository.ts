import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type EducationLevel,
  type FacetBucket,
  type VacancySort,
  type VacancyStatus,
  type VacancySummaryResponse,
  type VacancyType,
} from '@techzone/contracts';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { VacancyEntity } from './entities/vacancy.entity';
import { buildKeysQuery, EARTH_RADIUS_M } from './search-keys';
import { EXCERPT_SOURCE_CHARS, toVacancySummaryFromRow, type DetailRow, type SummaryRow } from './vacancy.mapper';

export interface SearchCriteria {
  /** A tsquery in PostgreSQL's text form, already stemmed (see `resolveQuery`). */
  tsQuery: string | null;
  types: VacancyType[];
  levels: EducationLevel[];
  crebos: string[];
  sectors: string[];
  municipalities: string[];
  skills: string[];
  origin: { lat: number; lon: number } | null;
  radiusKm: number | null;
  sort: VacancySort;
  limit: number;
  offset: number;
}

export interface SearchPage {
  total: number;
  ids: string[];
  distances: Map<string, number>;
  facets: { type: FacetBucket[]; level: FacetBucket[]; municipality: FacetBucket[]; sector: FacetBucket[] };
}

/** Relevance ranks only the newest matches this many: ranking every match of a common word is what costs. */
const RANKED_MATCHES_CAP = 500;
/**
 * Where relevance looks for the newest RANKED_MATCHES_CAP matches of words alone: in the vacancies published in the
 * last day, then (at the rate found there, see `nextWindow`) the last week or month, then all, until a window holds
 * that many. A common word fills the first window, so only its recent matches are read; a rare word goes from the
 * day to all at once.
 */
const RECENCY_WINDOWS_DAYS: readonly number[] = [1, 7, 30];

/**
 * The window to look in after `windowDays` held only `found` matches: the smallest of RECENCY_WINDOWS_DAYS that
 * would hold RANKED_MATCHES_CAP at the same rate (with room to spare), else all (null).
 */
export function nextWindow(windowDays: number, found: number): number | null {
  const needed = found > 0 ? ((RANKED_MATCHES_CAP * windowDays) / found) * 1.5 : Infinity;
  return RECENCY_WINDOWS_DAYS.find((days) => days > windowDays && days >= needed) ?? null;
}

/** Counts younger than this are served as they are; older ones (up to COUNTS_STALE_MS) once more while recounted. */
const COUNTS_TTL_MS = 60_000;
const COUNTS_STALE_MS = 5 * 60_000;
const COUNTS_MAX = 1000;
/** A typed prefix is asked for as its exact lexemes when it stands for at most this many. */
const PREFIX_LEXEMES_MAX = 100;

interface Counts {
  total: number;
  facets: SearchPage['facets'];
}

/** A lexeme as PostgreSQL writes it in a tsquery's text: quoted, quotes doubled, backslashes escaped. */
function tsLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Collects positional parameters for one SQL statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

@Injectable()
export class VacanciesRepository {
  private readonly counts = new Map<string, { at: number; counts: Counts }>();
  /** Counts being computed, by key: concurrent searches for the same conditions share one count. */
  private readonly counting = new Map<string, Promise<Counts>>();
  /** Counts begun before the last `forgetCounts` are not kept. */
  private generation = 0;

  constructor(
    @InjectRepository(VacancyEntity) private readonly vacancies: Repository<VacancyEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The ids of the requested page, and the total and the facet counts over every match (two statements, run side
   * by side), from published_vacancies: one narrow row per published vacancy (see PublishedVacancyEntity).
   * Public search sees published vacancies that have not expired.
   */
  async search(criteria: SearchCriteria): Promise<SearchPage> {
    const p = new Params();
    const where = [`(v.expires_at IS NULL OR v.expires_at > now())`];
    const tsQuery = criteria.tsQuery ? `${p.add(criteria.tsQuery)}::tsquery` : null;
    const circle = criteria.origin && criteria.radiusKm ? { ...criteria.origin, radiusKm: criteria.radiusKm } : null;
    // Type, level, qualification, municipality and the radius's grid cells are lexemes in search_keys, in the
    // same GIN index as the words: one index scan finds the rows that pass all of them (see search-keys.ts).
    const keys = buildKeysQuery({
      types: criteria.types,
      levels: criteria.levels,
      crebos: criteria.crebos,
      municipalities: criteria.municipalities,
      circle,
    });
    if (keys) {
      where.push(`v.search_keys @@ ${p.add(keys)}::tsquery`);
    }
    if (tsQuery) {
      where.push(`v.search_vector @@ ${tsQuery}`);
    }
    if (criteria.sectors.length) {
      const codes = p.add(criteria.sectors);
      where.push(
        `(v.sector_code = ANY(${codes}::varchar[]) OR v.sector_division = ANY(${codes}::varchar[])
          OR v.sector_division IN (SELECT code FROM sectors WHERE parent_code = ANY(${codes}::varchar[])))`,
      );
    }
    if (criteria.skills.length) {
      where.push(
        `EXISTS (SELECT 1 FROM vacancy_skills vs WHERE vs.vacancy_id = v.vacancy_id AND vs.skill_code = ANY(${p.add(criteria.skills)}::varchar[]))`,
      );
    }
    if (circle) {
      // The exact distance on the rows in the cells: haversine on the sphere of earth(), the same as
      // earth_distance but plain arithmetic on the columns (earth_distance(ll_to_earth(...)) costs ~7 µs a row).
      const lat = p.add(circle.lat);
      const lon = p.add(circle.lon);
      where.push(
        `2 * ${EARTH_RADIUS_M} * asin(least(1, sqrt(
           power(sin(radians(v.lat - ${lat}::float8) / 2), 2)
           + cos(radians(${lat}::float8)) * cos(radians(v.lat)) * power(sin(radians(v.lon - ${lon}::float8) / 2), 2)
         ))) <= ${p.add(circle.radiusKm * 1000)}::float8`,
      );
    }
    const conditions = where.join(' AND ');
    // The counts use exactly the parameters of the conditions; the page adds its own after them.
    const conditionValues = p.values.slice();
    const origin = criteria.origin
      ? `ll_to_earth(${p.add(criteria.origin.lat)}::float8, ${p.add(criteria.origin.lon)}::float8)`
      : null;
    const limit = p.add(criteria.limit);
    const offset = p.add(criteria.offset);

    const distance = origin ? `earth_distance(${origin}, ll_to_earth(v.lat, v.lon)) / 1000` : 'NULL::float8';
    const pageOf = (ordered: string): string => `
      SELECT coalesce(json_agg(json_build_object('id', id, 'distance', distance) ORDER BY position), '[]'::json) AS page
      FROM (SELECT row_number() OVER () AS position, ordered.id, ordered.distance FROM (${ordered}) ordered) numbered`;
    let pageSql: (windowDays: number | null) => string;
    if (criteria.sort === 'distance' && origin) {
      // Nearest first through the GiST index on ll_to_earth(lat, lon); a second sort key would defeat the index.
      const sql =
        pageOf(`SELECT v.vacancy_id AS id, ${distance} AS distance FROM published_vacancies v WHERE ${conditions}
              ORDER BY ll_to_earth(v.lat, v.lon) <-> ${origin} LIMIT ${limit} OFFSET ${offset}`);
      pageSql = () => sql;
    } else if (criteria.sort === 'relevance' && tsQuery) {
      // Ranks the newest RANKED_MATCHES_CAP matches, looked for in recent windows first (see RECENCY_WINDOWS_DAYS).
      // NULLS LAST is not the order of the published_at index (and published_at is never null here): PostgreSQL then
      // finds the matches through bitmaps (the GIN index, and the published_at index for the window) instead of
      // walking publication order and reading each row's search vector from TOAST to test it. Only the rows ranked
      // read their vector. `found` tells whether the window held enough matches.
      const window = `$${p.values.length + 1}`;
      pageSql = (windowDays) => `
        WITH m AS MATERIALIZED (
          SELECT v.vacancy_id AS id, v.published_at, v.search_vector, ${distance} AS distance
          FROM published_vacancies v
          WHERE ${conditions}${windowDays === null ? '' : ` AND v.published_at >= now() - make_interval(days => ${window})`}
          ORDER BY v.published_at DESC NULLS LAST LIMIT ${RANKED_MATCHES_CAP}
        )
        SELECT (SELECT count(*)::int FROM m) AS found, coalesce((
          SELECT json_agg(json_build_object('id', id, 'distance', distance) ORDER BY rank DESC, published_at DESC, id)
          FROM (
            SELECT id, distance, published_at, ts_rank(search_vector, ${tsQuery}) AS rank FROM m
            ORDER BY rank DESC, published_at DESC, id LIMIT ${limit} OFFSET ${offset}
          ) ranked
        ), '[]'::json) AS page`;
    } else {
      const sql =
        pageOf(`SELECT v.vacancy_id AS id, ${distance} AS distance FROM published_vacancies v WHERE ${conditions}
              ORDER BY v.published_at DESC, v.vacancy_id LIMIT ${limit} OFFSET ${offset}`);
      pageSql = () => sql;
    }
    const pageValues = p.values.slice();
    const relevance = criteria.sort === 'relevance' && tsQuery !== null;
    // Words with filters or a radius (keys) match few rows: one look at all of them. Words alone may match a large
    // share of all vacancies: recent windows first (see RECENCY_WINDOWS_DAYS).
    const findPage = async (): Promise<{ id: string; distance: number | null }[]> => {
      let windowDays: number | null = relevance && !keys ? RECENCY_WINDOWS_DAYS[0] : null;
      for (;;) {
        const [row] = (await this.dataSource.query(
          pageSql(windowDays),
          windowDays === null ? pageValues : [...pageValues, windowDays],
        )) as { found?: number; page: { id: string; distance: number | null }[] }[];
        const found = row.found ?? 0;
        if (windowDays === null || found >= RANKED_MATCHES_CAP) {
          return row.page;
        }
        windowDays = nextWindow(windowDays, found);
      }
    };

    // The counts depend on the conditions alone (not on sort, page or a place without radius).
    const facetKey = `${conditions}|${JSON.stringify(conditionValues)}`;
    const [rows, counts] = await Promise.all([findPage(), this.countMatches(facetKey, conditions, conditionValues)]);
    return {
      total: counts.total,
      ids: rows.map((item) => item.id),
      distances: new Map(
        rows.filter((item) => item.distance !== null).map((item) => [item.id, item.distance as number]),
      ),
      facets: counts.facets,
    };
  }

  /** Forgets the cached counts, e.g. after a vacancy was published or closed by this process. */
  forgetCounts(): void {
    this.counts.clear();
    this.counting.clear();
    this.generation += 1;
  }

  /**
   * The total and the facet counts over every match. Counting every match is what costs on large result sets, so
   * the counts of a filter combination are kept for a minute (per process; this process forgets them whenever it
   * publishes, changes or closes a vacancy), and counts up to five minutes old are served once more while they are
   * counted again in the background. Concurrent searches for the same conditions share one count. The page itself
   * is always fresh.
   */
  private countMatches(key: string, conditions: string, values: unknown[]): Promise<Counts> {
    const cached = this.counts.get(key);
    const age = cached ? Date.now() - cached.at : Infinity;
    if (cached && age < COUNTS_TTL_MS) {
      return Promise.resolve(cached.counts);
    }
    let counting = this.counting.get(key);
    if (!counting) {
      const started = this.count(conditions, values, this.generation, key).finally(() => {
        if (this.counting.get(key) === started) {
          this.counting.delete(key);
        }
      });
      counting = started;
      this.counting.set(key, started);
    }
    if (cached && age < COUNTS_STALE_MS) {
      // Served stale this once; a failed recount only means that the next search counts again.
      counting.catch(() => undefined);
      return Promise.resolve(cached.counts);
    }
    return counting;
  }

  private async count(conditions: string, values: unknown[], generation: number, key: string): Promise<Counts> {
    // One pass over the matches counts each combination of the facet columns (a few thousand even for 100,000s of
    // matches); the facets are sums over those combinations (four aggregates over every match cost four passes).
    const facet = (column: string, from = 'combos'): string =>
      `(SELECT coalesce(json_agg(json_build_object('value', value, 'count', n) ORDER BY n DESC, value), '[]'::json)
        FROM (SELECT ${column} AS value, sum(n)::int AS n FROM ${from} WHERE ${column} IS NOT NULL GROUP BY 1) buckets)`;
    const [row] = (await this.dataSource.query(
      `WITH combos AS MATERIALIZED (
         SELECT v.type, v.municipality, v.sector_division, v.levels, count(*) AS n
         FROM published_vacancies v WHERE ${conditions}
         GROUP BY 1, 2, 3, 4
       )
       SELECT
         (SELECT coalesce(sum(n), 0)::int FROM combos) AS total,
         ${facet('type')} AS type_facet,
         ${facet('municipality')} AS municipality_facet,
         ${facet('sector_division')} AS sector_facet,
         ${facet('level', '(SELECT unnest(levels) AS level, n FROM combos) levels')} AS level_facet`,
      values,
    )) as {
      total: number;
      type_facet: FacetBucket[];
      municipality_facet: FacetBucket[];
      sector_facet: FacetBucket[];
      level_facet: FacetBucket[];
    }[];
    const counts: Counts = {
      total: row.total,
      facets: {
        type: row.type_facet,
        level: row.level_facet,
        municipality: row.municipality_facet,
        sector: row.sector_facet,
      },
    };
    if (generation !== this.generation) {
      return counts;
    }
    if (this.counts.size >= COUNTS_MAX) {
      this.counts.delete(this.counts.keys().next().value as string);
    }
    this.counts.set(key, { at: Date.now(), counts });
    return counts;
  }

  /**
   * The tsquery of `text` (to_tsquery syntax: `lassen:* & (mechatronika:* | mechatronica)`), stemmed, with every
   * prefix operand replaced by the exact lexemes it stands for (from search_lexemes, when at most
   * PREFIX_LEXEMES_MAX): GIN answers `'lass' | 'lasser'` by skipping through the posting lists, while a prefix makes
   * it collect every match of every lexeme that starts with it before anything else can narrow them down. The same
   * rows match: search_lexemes holds every lexeme of every published vacancy. Null when nothing is left (only stop
   * words).
   */
  async resolveQuery(text: string): Promise<string | null> {
    const rows: { query: string; prefix: string | null; lexemes: string[] | null }[] = await this.dataSource.query(
      `WITH q AS (SELECT to_tsquery('dutch', tz_unaccent($1))::text AS query)
       SELECT q.query, p.prefix, l.lexemes
       FROM q
       LEFT JOIN LATERAL (
         SELECT DISTINCT replace(m[1], '''''', '''') AS prefix
         FROM regexp_matches(q.query, '''((?:[^'']|'''')+)'':\\*', 'g') AS m
       ) p ON true
       LEFT JOIN LATERAL (
         SELECT array_agg(lexeme) AS lexemes FROM (
           SELECT lexeme FROM search_lexemes
           WHERE lexeme LIKE replace(replace(replace(p.prefix, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
           LIMIT ${PREFIX_LEXEMES_MAX + 1}
         ) found
       ) l ON p.prefix IS NOT NULL`,
      [text],
    );
    let query = rows[0]?.query ?? '';
    for (const row of rows) {
      if (row.prefix !== null && row.lexemes && row.lexemes.length <= PREFIX_LEXEMES_MAX) {
        query = query.split(`${tsLexeme(row.prefix)}:*`).join(`( ${row.lexemes.map(tsLexeme).join(' | ')} )`);
      }
    }
    return query.trim() ? query : null;
  }

  /** Up to two known words close to `word` (trigram similarity), for typo-tolerant search. */
  async corrections(words: string[]): Promise<Map<string, string[]>> {
    if (!words.length) {
      return new Map();
    }
    const rows: { token: string; word: string }[] = await this.dataSource.query(
      `SELECT t.token, c.word
       FROM unnest($1::text[]) AS t(token)
       CROSS JOIN LATERAL (
         SELECT w.word FROM search_words w
         WHERE w.word % tz_unaccent(t.token) AND w.word <> tz_unaccent(t.token)
           AND NOT EXISTS (SELECT 1 FROM search_words known WHERE known.word = tz_unaccent(t.token))
         ORDER BY similarity(w.word, tz_unaccent(t.token)) DESC, w.word LIMIT 2
       ) c`,
      [words],
    );
    const result = new Map<string, string[]>();
    for (const row of rows) {
      result.set(row.token, [...(result.get(row.token) ?? []), row.word]);
    }
    return result;
  }

  /**
   * Gathers what search should find vacancies by (title, text, company, place, skills, qualifications) into
   * search_text, from which the trigger builds the search vector, and the skills in match_skills (what the
   * matching pre-filter reads); adds the titles' words to the vocabulary.
   * Set-based, so that bulk loads refresh thousands of vacancies in one statement.
   */
  async refreshSearchText(manager: EntityManager, ids: string[] | 'all'): Promise<void> {
    const filter = ids === 'all' ? 'TRUE' : 'v.id = ANY($1::uuid[])';
    const params = ids === 'all' ? [] : [ids];
    await manager.query(
      `UPDATE vacancies v SET search_text = concat_ws(' ',
          v.description, o.name, p.name, p.municipality,
          (SELECT string_agg(s.label_nl || ' ' || s.label_en || ' ' || array_to_string(s.synonyms, ' '), ' ')
             FROM vacancy_skills vs JOIN skills s ON s.code = vs.skill_code WHERE vs.vacancy_id = v.id),
          (SELECT string_agg(q.name_nl || ' ' || q.name_en, ' ') FROM qualifications q WHERE q.crebo = ANY(v.qualification_crebos))),
        match_skills = coalesce(
          (SELECT string_agg(vs.skill_code || ':' || vs.min_level || ':' || vs.importance, ' ' ORDER BY vs.skill_code)
             FROM vacancy_skills vs WHERE vs.vacancy_id = v.id), '')
       FROM organizations o, places p
       WHERE ${filter} AND o.id = v.organization_id AND p.id = v.place_id`,
      params,
    );
    await manager.query(
      `INSERT INTO search_words (word)
       SELECT DISTINCT word FROM vacancies v, regexp_split_to_table(lower(tz_unaccent(v.title)), '[^a-z0-9]+') AS word
       WHERE ${filter} AND length(word) BETWEEN 3 AND 60
       ON CONFLICT DO NOTHING`,
      params,
    );
  }

  /**
   * The summaries of `ids`, in their order (unknown ids left out), in one lean statement: what lists of vacancies
   * show (search pages, recommendations, saved lists), without loading entities and their relations.
   */
  async findSummaries(ids: string[], distances?: ReadonlyMap<string, number>): Promise<VacancySummaryResponse[]> {
    if (!ids.length) {
      return [];
    }
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT v.id, v.type, v.status, v.title, left(v.description, ${EXCERPT_SOURCE_CHARS}) AS description,
              v.organization_id, o.name AS company_name, o.city AS company_city,
              o.verification_status = 'verified' AS company_verified,
              v.place_id, p.name AS place_name, v.municipality, v.levels, v.hours_per_week,
              v.start_date::text AS start_date, v.end_date::text AS end_date, v.positions,
              v.published_at, v.expires_at, coalesce(wanted.skills, '[]'::json) AS skills
       FROM vacancies v
       JOIN organizations o ON o.id = v.organization_id
       JOIN places p ON p.id = v.place_id
       LEFT JOIN (
         -- The skills of all the vacancies in one pass (not one look-up per vacancy).
         SELECT vs.vacancy_id, json_agg(json_build_object('code', vs.skill_code, 'nl', s.label_nl, 'en', s.label_en,
                  'minLevel', vs.min_level, 'importance', vs.importance)) AS skills
         FROM vacancy_skills vs JOIN skills s ON s.code = vs.skill_code
         WHERE vs.vacancy_id = ANY($1::uuid[])
         GROUP BY vs.vacancy_id
       ) wanted ON wanted.vacancy_id = v.id
       WHERE v.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toVacancySummaryFromRow(row, distances?.get(id) ?? null)] : [];
    });
  }

  /**
   * The vacancy page's read: the vacancy with its company, place, skills, qualifications and sector labels in one
   * statement (through TypeORM's relations it was a join of four tables into entities, then two more statements
   * for the labels). The qualifications keep the vacancy's order. Null when there is no such vacancy.
   */
  async findDetail(id: string): Promise<DetailRow | null> {
    const rows: DetailRow[] = await this.dataSource.query(
      `SELECT v.id, v.type, v.status, v.title, v.description, v.organization_id, o.name AS company_name,
              o.city AS company_city, o.verification_status = 'verified' AS company_verified,
              v.place_id, p.name AS place_name, v.municipality, v.levels, v.hours_per_week,
              v.start_date::text AS start_date, v.end_date::text AS end_date, v.positions,
              v.published_at, v.expires_at, v.certificates, v.min_age, v.compensation, v.contact_name,
              v.contact_email, v.blind_review, v.created_at, v.updated_at,
              coalesce((
                SELECT json_agg(json_build_object('code', vs.skill_code, 'nl', s.label_nl, 'en', s.label_en,
                         'minLevel', vs.min_level, 'importance', vs.importance))
                FROM vacancy_skills vs JOIN skills s ON s.code = vs.skill_code WHERE vs.vacancy_id = v.id
              ), '[]'::json) AS skills,
              coalesce((
                SELECT json_agg(json_build_object('crebo', q.crebo, 'nl', q.name_nl, 'en', q.name_en, 'level', q.level)
                         ORDER BY array_position(v.qualification_crebos, q.crebo))
                FROM qualifications q WHERE q.crebo = ANY(v.qualification_crebos)
              ), '[]'::json) AS qualifications,
              CASE WHEN sec.code IS NULL THEN NULL
                   ELSE json_build_object('code', sec.code, 'nl', sec.name_nl, 'en', sec.name_en) END AS sector
       FROM vacancies v
       JOIN organizations o ON o.id = v.organization_id
       JOIN places p ON p.id = v.place_id
       LEFT JOIN sectors sec ON sec.code = v.sector_code
       WHERE v.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findOneWithDetails(id: string, manager?: EntityManager): Promise<VacancyEntity | null> {
    return (manager ? manager.getRepository(VacancyEntity) : this.vacancies).findOne({
      where: { id },
      relations: { organization: true, place: true, skills: { skill: true } },
    });
  }

  findByOrganization(organizationId: string, status?: VacancyStatus): Promise<VacancyEntity[]> {
    return this.vacancies.find({
      where: { organizationId, ...(status ? { status } : {}) },
      relations: { organization: true, place: true, skills: { skill: true } },
      order: { updatedAt: 'DESC' },
      take: 500,
    });
  }

  /** A company's public list: published and not expired. */
  async findPublishedByOrganization(organizationId: string): Promise<VacancySummaryResponse[]> {
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM vacancies WHERE organization_id = $1 AND status = 'published'
         AND (expires_at IS NULL OR expires_at > now()) ORDER BY published_at DESC LIMIT 200`,
      [organizationId],
    );
    return this.findSummaries(ids.map((row) => row.id));
  }

  /** For the sitemap: the newest vacancies open to applicants (published, not expired), with their last change. */
  async findListed(limit: number): Promise<{ id: string; updatedAt: Date }[]> {
    const rows: { id: string; updated_at: Date }[] = await this.dataSource.query(
      `SELECT id, updated_at FROM vacancies WHERE status = 'published'
         AND (expires_at IS NULL OR expires_at > now()) ORDER BY published_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ id: row.id, updatedAt: row.updated_at }));
  }

  lock(manager: EntityManager, id: string): Promise<VacancyEntity | null> {
    return manager.getRepository(VacancyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
