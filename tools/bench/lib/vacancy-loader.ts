/**
 * Loading vacancies at national scale for the benchmarks that need a big table (bench:search, bench:recommendations):
 * the demo-data generator writes companies all over the Netherlands (places table) and a pool of vacancies per
 * company; INSERT ... SELECT FROM generate_series expands the pool to the size (other places, publication dates);
 * then the repository's set-based refreshSearchText, the indexes, and VACUUM ANALYZE.
 */
import { cpus } from 'node:os';
import { QueryRunner } from 'typeorm';
import {
  generateCompany,
  generateVacancy,
  newCompanyGeneratorState,
  type CompanyProfile,
  type GeneratedVacancy,
} from '../../../apps/api/src/database/seed/generator';
import { Random } from '../../../apps/api/src/database/seed/random';
import type { Town } from '../../../apps/api/src/database/seed/region-data';
import { VacanciesRepository } from '../../../apps/api/src/vacancies/vacancies.repository';

/** Vacancies per company, and distinct generated vacancies (the pool) per company. */
const VACANCIES_PER_COMPANY = 100;
export const REFRESH_WORKERS = Number(process.env['BENCH_REFRESH_WORKERS'] ?? Math.max(1, Math.min(4, cpus().length)));
const REFRESH_BATCH = 20_000;
const POOL_PER_COMPANY = 4;

export interface Place {
  id: number;
  name: string;
  municipality: string;
  municipality_code: string;
  lat: number;
  lon: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

export class Loader {
  private readonly companies: CompanyProfile[] = [];
  private readonly state = newCompanyGeneratorState();
  private readonly rng = new Random('bench-search');
  private pool = 0;
  private loaded = 0;
  private readonly towns: (Town & { municipality: string; id: number })[];

  /** With `withAccreditations`, the companies' accreditations (crebos) are written too, for MBO placements. */
  constructor(
    private readonly runner: QueryRunner,
    private readonly repository: VacanciesRepository,
    places: Place[],
    private readonly now: Date,
    private readonly withAccreditations = false,
  ) {
    this.towns = places.map((p) => ({
      id: p.id,
      name: p.name,
      municipalityCode: p.municipality_code,
      municipality: p.municipality,
      people: 1,
      industry: 1,
    }));
  }

  private async query<T = unknown>(sql: string, params?: unknown[]): Promise<T> {
    return this.runner.query(sql, params) as Promise<T>;
  }

  async prepare(): Promise<void> {
    await this.query(`SET synchronous_commit = off`);
    await this.query(`SET maintenance_work_mem = '1GB'`);
    await this.query(`CREATE UNLOGGED TABLE bench_places (idx int PRIMARY KEY, place_id int NOT NULL)`);
    await this.query(`INSERT INTO bench_places SELECT row_number() OVER (ORDER BY id) - 1, id FROM places`);
    await this.query(`CREATE UNLOGGED TABLE bench_pool (LIKE vacancies INCLUDING DEFAULTS)`);
    await this.query(`ALTER TABLE bench_pool ADD COLUMN tid int`);
    await this.query(
      `CREATE UNLOGGED TABLE bench_pool_skills (tid int, skill_code varchar(64), min_level smallint, importance varchar(4))`,
    );
  }

  /**
   * The repository's set-based refreshSearchText on the rows loaded since the last refresh, in batches of
   * REFRESH_BATCH ids over REFRESH_WORKERS connections (the machine's cores). The title words are added to the
   * vocabulary first, so that concurrent refreshes never wait for each other's new words.
   */
  private async refreshNewRows(): Promise<void> {
    await this.query(
      `INSERT INTO search_words (word)
       SELECT DISTINCT word FROM bench_pool t, regexp_split_to_table(lower(tz_unaccent(t.title)), '[^a-z0-9]+') AS word
       WHERE length(word) BETWEEN 3 AND 60
       ON CONFLICT DO NOTHING`,
    );
    const rows: { id: string }[] = await this.query(`SELECT id FROM vacancies WHERE search_text = '' ORDER BY ctid`);
    const batches: string[][] = [];
    for (let i = 0; i < rows.length; i += REFRESH_BATCH) {
      batches.push(rows.slice(i, i + REFRESH_BATCH).map((row) => row.id));
    }
    const worker = async (runner: QueryRunner): Promise<void> => {
      await runner.query(`SET synchronous_commit = off`);
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        await this.repository.refreshSearchText(runner.manager, batch);
      }
    };
    const extra = await Promise.all(
      Array.from({ length: REFRESH_WORKERS - 1 }, async () => {
        const runner = this.runner.connection.createQueryRunner();
        await runner.connect();
        return runner;
      }),
    );
    try {
      await Promise.all([this.runner, ...extra].map(worker));
    } finally {
      await Promise.all(extra.map((runner) => runner.release()));
    }
  }

  /** Grows the table to `target` published vacancies. */
  async growTo(target: number): Promise<Record<string, number>> {
    const timings: Record<string, number> = {};
    let started = performance.now();
    // Companies all over the country, and their pool of generated vacancies.
    const wantedCompanies = Math.ceil(target / VACANCIES_PER_COMPANY);
    const newPool: GeneratedVacancy[] = [];
    const organizations: object[] = [];
    const locations: object[] = [];
    const accreditations: object[] = [];
    while (this.companies.length < wantedCompanies) {
      const company = generateCompany(this.rng, this.now, this.towns, this.state, { verified: true });
      this.companies.push(company.profile);
      organizations.push(company.organization);
      if (this.withAccreditations) {
        accreditations.push(...company.accreditations);
      }
      for (const location of company.locations) {
        const town = this.towns.find(
          (t) => t.name === location.town.name && t.municipalityCode === location.town.municipalityCode,
        );
        locations.push({ organizationId: company.profile.id, placeId: town?.id, address: location.address });
      }
      for (let i = 0; i < POOL_PER_COMPANY; i++) {
        newPool.push(generateVacancy(this.rng, { company: company.profile, now: this.now, status: 'published' }));
      }
    }
    for (let i = 0; i < organizations.length; i += 2000) {
      await this.query(
        `INSERT INTO organizations (id, kind, name, city, municipality, kvk_number, description, sector_code, website, size,
           verification_status, verified_at, created_at)
         SELECT id, 'company', name, city, municipality, "kvkNumber", description, "sectorCode", website, size, 'verified',
           "verifiedAt", "createdAt"
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, city text, municipality text, "kvkNumber" text,
           description text, "sectorCode" text, website text, size text, "verifiedAt" timestamptz, "createdAt" timestamptz)`,
        [JSON.stringify(organizations.slice(i, i + 2000))],
      );
    }
    for (let i = 0; i < locations.length; i += 5000) {
      await this.query(
        `INSERT INTO organization_locations (organization_id, place_id, address)
         SELECT "organizationId", "placeId", address FROM jsonb_to_recordset($1::jsonb) AS x("organizationId" uuid, "placeId" int, address text)`,
        [JSON.stringify(locations.slice(i, i + 5000))],
      );
    }
    for (let i = 0; i < accreditations.length; i += 5000) {
      await this.query(
        `INSERT INTO accreditations (organization_id, crebo, since, until)
         SELECT "organizationId", crebo, since, until
         FROM jsonb_to_recordset($1::jsonb) AS x("organizationId" uuid, crebo text, since date, until date)`,
        [JSON.stringify(accreditations.slice(i, i + 5000))],
      );
    }
    const townIndex = new Map(this.towns.map((t) => [`${t.name}|${t.municipalityCode}`, t]));
    for (let i = 0; i < newPool.length; i += 1000) {
      const chunk = newPool.slice(i, i + 1000);
      await this.query(
        `INSERT INTO bench_pool (tid, id, organization_id, type, status, title, description, place_id, lat, lon, municipality,
           levels, qualification_crebos, sector_code, sector_division, certificates, min_age, hours_per_week, start_date,
           end_date, positions, compensation, contact_name, contact_email)
         SELECT tid, gen_random_uuid(), organization_id, type, 'published', title, description, place_id, 0, 0, '',
           ARRAY(SELECT jsonb_array_elements_text(levels)), ARRAY(SELECT jsonb_array_elements_text(qualification_crebos)),
           sector_code, sector_division, ARRAY(SELECT jsonb_array_elements_text(certificates)), min_age, hours_per_week,
           start_date, end_date, positions, compensation, contact_name, contact_email
         FROM jsonb_to_recordset($1::jsonb) AS x(tid int, organization_id uuid, type text, title text, description text,
           place_id int, levels jsonb, qualification_crebos jsonb, sector_code text, sector_division text,
           certificates jsonb, min_age int, hours_per_week int, start_date date, end_date date, positions int,
           compensation text, contact_name text, contact_email text)`,
        [
          JSON.stringify(
            chunk.map((v, j) => ({
              tid: this.pool + i + j,
              organization_id: v.organizationId,
              type: v.type,
              title: v.title,
              description: v.description,
              place_id: townIndex.get(`${v.town.name}|${v.town.municipalityCode}`)?.id,
              levels: v.levels,
              qualification_crebos: v.qualificationCrebos,
              sector_code: v.sectorCode,
              sector_division: v.sectorDivision,
              certificates: v.certificates,
              min_age: v.minAge,
              hours_per_week: v.hoursPerWeek,
              start_date: v.startDate,
              end_date: v.endDate,
              positions: v.positions,
              compensation: v.compensation,
              contact_name: v.contactName,
              contact_email: v.contactEmail,
            })),
          ),
        ],
      );
      await this.query(
        `INSERT INTO bench_pool_skills (tid, skill_code, min_level, importance)
         SELECT tid, "skillCode", "minLevel", importance FROM jsonb_to_recordset($1::jsonb)
           AS x(tid int, "skillCode" text, "minLevel" int, importance text)`,
        [JSON.stringify(chunk.flatMap((v, j) => v.skills.map((s) => ({ tid: this.pool + i + j, ...s }))))],
      );
    }
    this.pool += newPool.length;
    timings['companies and pool'] = performance.now() - started;

    // Bulk load like a restore: drop the secondary indexes and foreign keys, load, then build them again.
    started = performance.now();
    const indexes: { indexname: string; indexdef: string }[] = await this.query(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename IN ('vacancies', 'vacancy_skills', 'published_vacancies')
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p')`,
    );
    const foreignKeys: { table: string; conname: string; definition: string }[] = await this.query(
      `SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE contype = 'f'
         AND conrelid IN ('vacancies'::regclass, 'vacancy_skills'::regclass, 'published_vacancies'::regclass)`,
    );
    for (const fk of foreignKeys) {
      await this.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.conname}"`);
    }
    for (const index of indexes) {
      await this.query(`DROP INDEX "${index.indexname}"`);
    }
    // The rows are copied to published_vacancies when refreshSearchText gives them their text (the UPDATE trigger),
    // not once more before, without it.
    await this.query(`ALTER TABLE vacancies DISABLE TRIGGER tz_published_vacancies_insert`);
    const places = (await this.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM bench_places`))[0].n;
    const batch = 100_000;
    for (let from = this.loaded + 1; from <= target; from += batch) {
      const to = Math.min(target, from + batch - 1);
      // Each row: a pool vacancy (pseudo-random, deterministic), at the company's place or (30%) elsewhere in the
      // country, published in the last 60 days.
      const params = [from, to, this.pool, places];
      await this.query(
        `INSERT INTO vacancies (id, organization_id, type, status, title, description, place_id, lat, lon, municipality,
           levels, qualification_crebos, sector_code, sector_division, certificates, min_age, hours_per_week, start_date,
           end_date, positions, compensation, contact_name, contact_email, published_at, expires_at, created_at, updated_at)
         SELECT md5('bench-vacancy-' || g)::uuid, t.organization_id, t.type, 'published', t.title, t.description, p.id,
           p.lat, p.lon, p.municipality, t.levels, t.qualification_crebos, t.sector_code, t.sector_division, t.certificates,
           t.min_age, t.hours_per_week, t.start_date, t.end_date, t.positions, t.compensation, t.contact_name,
           t.contact_email, pub, pub + interval '90 days', pub, pub
         FROM generate_series($1::int, $2::int) AS g
         JOIN bench_pool t ON t.tid = (g::bigint * 7919) % $3
         CROSS JOIN LATERAL (
           SELECT CASE WHEN (g::bigint * 31) % 10 < 7 THEN t.place_id
             ELSE (SELECT bp.place_id FROM bench_places bp WHERE bp.idx = (g::bigint * 104729) % $4) END AS place_id
         ) pl
         JOIN places p ON p.id = pl.place_id
         CROSS JOIN LATERAL (SELECT now() - ((g::bigint * 2654435761) % 5184000) * interval '1 second' AS pub) d`,
        params,
      );
      await this.query(
        `INSERT INTO vacancy_skills (vacancy_id, skill_code, min_level, importance)
         SELECT md5('bench-vacancy-' || g)::uuid, s.skill_code, s.min_level, s.importance
         FROM generate_series($1::int, $2::int) AS g
         JOIN bench_pool_skills s ON s.tid = (g::bigint * 7919) % $3`,
        [from, to, this.pool],
      );
    }
    this.loaded = target;
    await this.query(`ALTER TABLE vacancies ENABLE TRIGGER tz_published_vacancies_insert`);
    timings['insert'] = performance.now() - started;

    started = performance.now();
    await this.refreshNewRows();
    timings['refreshSearchText'] = performance.now() - started;

    started = performance.now();
    for (const index of indexes) {
      await this.query(index.indexdef);
    }
    for (const fk of foreignKeys) {
      await this.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.conname}" ${fk.definition}`);
    }
    timings['indexes and foreign keys'] = performance.now() - started;

    started = performance.now();
    await this.query(`VACUUM (ANALYZE) vacancies`);
    await this.query(`VACUUM (ANALYZE) vacancy_skills`);
    await this.query(`VACUUM (ANALYZE) published_vacancies`);
    await this.query(`ANALYZE search_lexemes`);
    await this.query(`ANALYZE organizations`);
    await this.query(`ANALYZE accreditations`);
    await this.query(`ANALYZE search_words`);
    timings['vacuum analyze'] = performance.now() - started;
    return timings;
  }
}
