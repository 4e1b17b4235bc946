import { BadRequestException, Injectable } from '@nestjs/common';
import {
  MIN_CELL,
  type CountCell,
  type InsightFigure,
  type InternalInsightsResponse,
  type PeopleCount,
  type RegionInsightsResponse,
} from '@techzone/contracts';
import { DataSource } from 'typeorm';
import { csvCell } from '../common/csv';
import { InsightsQueryDto } from './dto/insights.dto';

const TOP_ROWS = 25;
const MAX_MONTHS = 36;
/** Placements that count as "placed" for a student. */
const PLACED = `('approved', 'agreement_signed', 'active', 'completed')`;

/** A count of people as it may be shown: 1 to 4 people are never shown. */
export function people(count: number): PeopleCount {
  return count > 0 && count < MIN_CELL ? { count: null, suppressed: true } : { count, suppressed: false };
}

/** How long today's figures are shared between requests (per API process). */
const CURRENT_TTL_MS = 60_000;

interface CurrentFigures {
  open: RegionInsightsResponse['openPlaces'];
  skills: RegionInsightsResponse['skills'];
  qualifications: RegionInsightsResponse['qualifications'];
  rates: RegionInsightsResponse['placementRates'];
}

interface Window {
  from: string;
  to: string;
  /** First day of `from` and the first day after `to`, for the SQL. */
  start: string;
  end: string;
  municipality: string | null;
}

/**
 * The region in figures, computed straight from the rows with plain aggregate queries (run side by side), and the
 * program office's internal views.
 */
@Injectable()
export class InsightsService {
  private readonly cache = new Map<string, { at: number; figures: Promise<CurrentFigures>; refreshing: boolean }>();

  constructor(private readonly dataSource: DataSource) {}

  async region(query: InsightsQueryDto): Promise<RegionInsightsResponse> {
    const w = window(query);
    const [{ open, skills, qualifications, rates }, trends] = await Promise.all([
      this.current(w.municipality),
      this.trends(w),
    ]);
    return {
      filters: { from: w.from, to: w.to, municipality: w.municipality },
      generatedAt: new Date().toISOString(),
      openPlaces: open,
      skills,
      qualifications,
      placementRates: rates,
      trends,
    };
  }

  /** One figure as CSV (semicolon-separated, UTF-8 with BOM, as Dutch spreadsheets expect). */
  async csv(figure: InsightFigure, query: InsightsQueryDto): Promise<string> {
    const data = await this.region(query);
    const show = (value: PeopleCount): string => (value.suppressed ? `<${MIN_CELL}` : String(value.count));
    const cells = (rows: CountCell[]): (string | number)[][] => [
      ['key', 'label', 'count'],
      ...rows.map((row) => [row.key, row.label, row.count]),
    ];
    const table: (string | number | null)[][] = (() => {
      switch (figure) {
        case 'open-by-municipality':
          return cells(data.openPlaces.byMunicipality);
        case 'open-by-type':
          return cells(data.openPlaces.byType);
        case 'open-by-level':
          return cells(data.openPlaces.byLevel);
        case 'open-by-sector':
          return cells(data.openPlaces.bySector);
        case 'skills':
          return [
            ['skill', 'name_nl', 'name_en', 'demand', 'supply', 'gap'],
            ...data.skills.map((r) => [r.code, r.nl, r.en, r.demand, show(r.supply), r.gap]),
          ];
        case 'qualifications':
          return [
            ['crebo', 'name', 'level', 'demand', 'supply', 'gap'],
            ...data.qualifications.map((r) => [r.crebo, r.name, r.level, r.demand, show(r.supply), r.gap]),
          ];
        case 'placement-rates':
          return [
            ['school', 'programme', 'students', 'placed', 'rate'],
            // Hidden when the placed or the not-yet-placed are 1 to 4: "<5" would be untrue in the second case.
            ...data.placementRates.map((r) => [
              r.schoolName,
              r.programName,
              r.students,
              r.placed.suppressed ? 'hidden' : r.placed.count,
              r.rate,
            ]),
          ];
        case 'trends':
          return [
            ['month', 'vacancies_published', 'applications', 'placements'],
            ...data.trends.map((r) => [r.month, r.vacanciesPublished, show(r.applications), show(r.placements)]),
          ];
      }
    })();
    return `\uFEFF${table.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
  }

  async internal(): Promise<InternalInsightsResponse> {
    const [silent, stale, reports, queue] = await Promise.all([
      this.dataSource.query(
        `SELECT o.id, o.name, count(*)::int AS applications
         FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN organizations o ON o.id = v.organization_id
         WHERE a.placement_round_id IS NULL AND a.status <> 'withdrawn'
         GROUP BY o.id, o.name HAVING count(*) >= 3 AND count(a.first_response_at) = 0
         ORDER BY count(*) DESC, o.name LIMIT 50`,
      ) as Promise<{ id: string; name: string; applications: number }[]>,
      this.dataSource.query(
        `SELECT v.id, v.title, o.name AS company_name, v.published_at,
                floor(extract(epoch FROM now() - v.published_at) / 86400)::int AS days
         FROM vacancies v JOIN organizations o ON o.id = v.organization_id
         WHERE v.status = 'published' AND (v.expires_at IS NULL OR v.expires_at > now())
           AND v.published_at < now() - interval '90 days'
         ORDER BY v.published_at LIMIT 100`,
      ) as Promise<{ id: string; title: string; company_name: string; published_at: Date; days: number }[]>,
      this.dataSource.query(
        `SELECT coalesce(category, kind) AS key, count(*)::int AS count FROM reports GROUP BY 1 ORDER BY 2 DESC, 1`,
      ) as Promise<{ key: string; count: number }[]>,
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE kind = 'company')::int AS companies, count(*) FILTER (WHERE kind = 'school')::int AS schools
         FROM organizations WHERE verification_status = 'pending'`,
      ) as Promise<{ companies: number; schools: number }[]>,
    ]);
    return {
      silentCompanies: silent.map((row) => ({ companyId: row.id, name: row.name, applications: row.applications })),
      staleVacancies: stale.map((row) => ({
        id: row.id,
        title: row.title,
        companyName: row.company_name,
        publishedAt: new Date(row.published_at).toISOString(),
        days: row.days,
      })),
      reports: {
        total: reports.reduce((sum, row) => sum + row.count, 0),
        byCategory: reports.map((row) => ({ key: row.key, label: row.key, count: row.count })),
      },
      verificationQueue: queue[0],
    };
  }

  /**
   * Today's figures of one municipality (or the whole region), which do not depend on the period: computed from the
   * rows at most once a minute per API process and shared by the requests of that minute (an older result is still
   * served while the next one is computed in the background, so only the first request of a process waits) (the skill demand alone
   * joins every open vacancy's skills: some 500,000 rows at national scale, too slow to do per request; see
   * docs/performance.md). The trends, which depend on the period, are computed per request.
   */
  private current(municipality: string | null): Promise<CurrentFigures> {
    const key = municipality ?? '';
    const cached = this.cache.get(key);
    if (cached) {
      // Older than a minute: still answer with it, and compute the next in the background (once).
      if (cached.at <= Date.now() - CURRENT_TTL_MS && !cached.refreshing) {
        cached.refreshing = true;
        const next = this.compute(municipality);
        next.then(
          () => this.cache.set(key, { at: Date.now(), figures: next, refreshing: false }),
          () => (cached.refreshing = false),
        );
      }
      return cached.figures;
    }
    const figures = this.compute(municipality);
    this.cache.set(key, { at: Date.now(), figures, refreshing: false });
    // A failed computation is not kept.
    figures.catch(() => this.cache.delete(key));
    return figures;
  }

  private compute(municipality: string | null): Promise<CurrentFigures> {
    const w = { municipality };
    return Promise.all([this.openPlaces(w), this.skillGaps(w), this.qualificationGaps(w), this.placementRates()]).then(
      ([open, skills, qualifications, rates]) => ({ open, skills, qualifications, rates }),
    );
  }

  private async openPlaces(w: Pick<Window, 'municipality'>): Promise<RegionInsightsResponse['openPlaces']> {
    const [row] = (await this.dataSource.query(
      `WITH open AS MATERIALIZED (
         SELECT v.type, v.municipality, v.sector_division, v.levels, v.positions FROM vacancies v
         WHERE v.status = 'published' AND (v.expires_at IS NULL OR v.expires_at > now())
           AND ($1::text IS NULL OR v.municipality = $1)
       ),
       cells AS (
         SELECT 'municipality' AS figure, municipality AS key, municipality AS label, count(*)::int AS count FROM open GROUP BY 2
         UNION ALL SELECT 'type', type, type, count(*)::int FROM open GROUP BY 2
         UNION ALL SELECT 'level', level, level, count(*)::int FROM (SELECT unnest(levels) AS level FROM open) l GROUP BY 2
         UNION ALL SELECT 'sector', o.sector_division, coalesce(s.name_nl, o.sector_division), count(*)::int
           FROM open o LEFT JOIN sectors s ON s.code = o.sector_division WHERE o.sector_division IS NOT NULL GROUP BY 2, 3
       )
       SELECT (SELECT count(*)::int FROM open) AS total, (SELECT coalesce(sum(positions), 0)::int FROM open) AS positions,
              coalesce((SELECT json_agg(c ORDER BY c.count DESC, c.key) FROM cells c), '[]') AS cells`,
      [w.municipality],
    )) as { total: number; positions: number; cells: (CountCell & { figure: string })[] }[];
    const of = (figure: string): CountCell[] =>
      row.cells.filter((cell) => cell.figure === figure).map(({ key, label, count }) => ({ key, label, count }));
    return {
      total: row.total,
      positions: row.positions,
      byMunicipality: of('municipality'),
      byType: of('type'),
      byLevel: of('level'),
      bySector: of('sector'),
    };
  }

  private async skillGaps(w: Pick<Window, 'municipality'>): Promise<RegionInsightsResponse['skills']> {
    const rows = (await this.dataSource.query(
      `WITH demand AS (
         SELECT vs.skill_code AS code, count(DISTINCT v.id)::int AS n
         FROM vacancy_skills vs JOIN vacancies v ON v.id = vs.vacancy_id
         WHERE v.status = 'published' AND (v.expires_at IS NULL OR v.expires_at > now())
           AND ($1::text IS NULL OR v.municipality = $1)
         GROUP BY 1
       ), supply AS (
         SELECT cs.skill_code AS code, count(*)::int AS n
         FROM candidate_skills cs JOIN candidate_profiles cp ON cp.user_id = cs.user_id
         LEFT JOIN places p ON p.id = cp.home_place_id
         WHERE $1::text IS NULL OR p.municipality = $1
         GROUP BY 1
       )
       SELECT s.code, s.label_nl AS nl, s.label_en AS en, coalesce(d.n, 0) AS demand, coalesce(su.n, 0) AS supply
       FROM skills s LEFT JOIN demand d ON d.code = s.code LEFT JOIN supply su ON su.code = s.code
       WHERE d.n > 0`,
      [w.municipality],
    )) as { code: string; nl: string; en: string; demand: number; supply: number }[];
    return rows
      .map((row) => {
        const supply = people(row.supply);
        return {
          code: row.code,
          nl: row.nl,
          en: row.en,
          demand: row.demand,
          supply,
          gap: row.demand - (supply.count ?? 0),
        };
      })
      .sort((a, b) => b.gap - a.gap || a.code.localeCompare(b.code))
      .slice(0, TOP_ROWS);
  }

  private async qualificationGaps(w: Pick<Window, 'municipality'>): Promise<RegionInsightsResponse['qualifications']> {
    const rows = (await this.dataSource.query(
      `WITH demand AS (
         SELECT crebo, count(*)::int AS n
         FROM (SELECT unnest(v.qualification_crebos) AS crebo FROM vacancies v
               WHERE v.status = 'published' AND (v.expires_at IS NULL OR v.expires_at > now())
                 AND ($1::text IS NULL OR v.municipality = $1)) c
         GROUP BY 1
       ), supply AS (
         SELECT cp.qualification_crebo AS crebo, count(*)::int AS n
         FROM candidate_profiles cp LEFT JOIN places p ON p.id = cp.home_place_id
         WHERE cp.qualification_crebo IS NOT NULL AND ($1::text IS NULL OR p.municipality = $1)
         GROUP BY 1
       )
       SELECT q.crebo, q.name_nl AS name, q.level, coalesce(d.n, 0) AS demand, coalesce(su.n, 0) AS supply
       FROM qualifications q LEFT JOIN demand d ON d.crebo = q.crebo LEFT JOIN supply su ON su.crebo = q.crebo
       WHERE d.n > 0`,
      [w.municipality],
    )) as { crebo: string; name: string; level: number | string; demand: number; supply: number }[];
    return rows
      .map((row) => {
        const supply = people(row.supply);
        return {
          crebo: row.crebo,
          name: row.name,
          level: Number(row.level),
          demand: row.demand,
          supply,
          gap: row.demand - (supply.count ?? 0),
        };
      })
      .sort((a, b) => b.gap - a.gap || a.crebo.localeCompare(b.crebo))
      .slice(0, TOP_ROWS);
  }

  private async placementRates(): Promise<RegionInsightsResponse['placementRates']> {
    const rows = (await this.dataSource.query(
      `SELECT o.name AS school_name, pr.name AS program_name, count(*)::int AS students,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM placements pl WHERE pl.student_id = cp.user_id AND pl.status IN ${PLACED}))::int AS placed
       FROM candidate_profiles cp JOIN programs pr ON pr.id = cp.program_id JOIN organizations o ON o.id = cp.school_id
       GROUP BY o.name, pr.name HAVING count(*) >= $1
       ORDER BY o.name, pr.name`,
      [MIN_CELL],
    )) as { school_name: string; program_name: string; students: number; placed: number }[];
    return rows.map((row) => {
      // Both the placed and the not-yet-placed are groups of people: neither may be 1 to 4.
      const placed = people(row.placed);
      const hidden = placed.suppressed || people(row.students - row.placed).suppressed;
      return {
        schoolName: row.school_name,
        programName: row.program_name,
        students: row.students,
        placed: hidden ? { count: null, suppressed: true } : placed,
        rate: hidden ? null : row.placed / row.students,
      };
    });
  }

  private async trends(w: Window): Promise<RegionInsightsResponse['trends']> {
    const rows = (await this.dataSource.query(
      // One pass over each table for the whole period (per month, a subquery each read the tables again).
      `WITH months AS (
         SELECT generate_series($1::date, $2::date - interval '1 day', interval '1 month')::date AS month
       ), published AS (
         SELECT date_trunc('month', v.published_at)::date AS month, count(*)::int AS n FROM vacancies v
         WHERE v.published_at >= $1::date AND v.published_at < $2::date AND ($3::text IS NULL OR v.municipality = $3)
         GROUP BY 1
       ), applied AS (
         SELECT date_trunc('month', a.created_at)::date AS month, count(*)::int AS n
         FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
         WHERE a.created_at >= $1::date AND a.created_at < $2::date AND ($3::text IS NULL OR v.municipality = $3)
         GROUP BY 1
       ), placed AS (
         SELECT date_trunc('month', pl.created_at)::date AS month, count(*)::int AS n
         FROM placements pl JOIN vacancies v ON v.id = pl.vacancy_id
         WHERE pl.created_at >= $1::date AND pl.created_at < $2::date AND ($3::text IS NULL OR v.municipality = $3)
         GROUP BY 1
       )
       SELECT to_char(m.month, 'YYYY-MM') AS month, coalesce(p.n, 0) AS vacancies, coalesce(a.n, 0) AS applications,
              coalesce(pl.n, 0) AS placements
       FROM months m LEFT JOIN published p USING (month) LEFT JOIN applied a USING (month) LEFT JOIN placed pl USING (month)
       ORDER BY m.month`,
      [w.start, w.end, w.municipality],
    )) as { month: string; vacancies: number; applications: number; placements: number }[];
    return rows.map((row) => ({
      month: row.month,
      vacanciesPublished: row.vacancies,
      applications: people(row.applications),
      placements: people(row.placements),
    }));
  }
}

function window(query: InsightsQueryDto): Window {
  const now = new Date();
  const to = query.to ?? `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const [toYear, toMonth] = to.split('-').map(Number);
  const from =
    query.from ??
    (() => {
      const d = new Date(Date.UTC(toYear, toMonth - 1 - 11, 1));
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    })();
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
  if (months < 1 || months > MAX_MONTHS) {
    throw new BadRequestException({
      message: `Choose a period of 1 to ${MAX_MONTHS} months, "from" not after "to".`,
      details: [
        {
          field: 'from',
          code: 'period',
          message: `from must not be after to, and at most ${MAX_MONTHS} months before`,
        },
      ],
    });
  }
  const end = new Date(Date.UTC(toYear, toMonth, 1)).toISOString().slice(0, 10);
  return { from, to, start: `${from}-01`, end, municipality: query.municipality ?? null };
}
