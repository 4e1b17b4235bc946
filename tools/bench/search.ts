/**
 * `npm run bench:search`: vacancy search at national scale.
 *
 * 1. Creates the database tz_bench_search on the PostgreSQL server of DATABASE_URL (default
 *    postgres://postgres@127.0.0.1:5432/postgres) and runs the app's migrations.
 * 2. For each size (BENCH_SIZES, default 100000,1000000) grows the table to that many published vacancies: the
 *    demo-data generator writes companies all over the Netherlands (places table) and a pool of vacancies per
 *    company; INSERT ... SELECT FROM generate_series expands the pool to the size (other places, publication dates);
 *    then the repository's set-based refreshSearchText, the indexes, and VACUUM ANALYZE.
 * 3. Measures BENCH_QUERIES (default 1000) searches of each kind, (a) words + place radius + type and level
 *    filters (facets always), (b) words alone, (c) nearest first, over HTTP against the built API
 *    (dist/apps/api/main.js, one request at a time) and in SQL alone (VacanciesRepository.search).
 * 4. Writes p50/p95/p99 and, at the largest size, EXPLAIN (ANALYZE, BUFFERS) of the three kinds to BENCH_OUT
 *    (default: a markdown file in the temp folder), then stops the API and drops the database.
 */
import { VACANCY_TYPES, type EducationLevel, type VacancyType } from '@techzone/contracts';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DataSource, QueryRunner } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import {
  generateCompany,
  generateVacancy,
  newCompanyGeneratorState,
  type CompanyProfile,
  type GeneratedVacancy,
} from '../../apps/api/src/database/seed/generator';
import { Random } from '../../apps/api/src/database/seed/random';
import type { Town } from '../../apps/api/src/database/seed/region-data';
import { VacancyEntity } from '../../apps/api/src/vacancies/entities/vacancy.entity';
import { buildTsQuery, tokenize } from '../../apps/api/src/vacancies/search-text';
import { VacanciesRepository, type SearchCriteria } from '../../apps/api/src/vacancies/vacancies.repository';
import { createDatabase, dropDatabase } from './lib/database';

const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'tz_bench_search';
const SIZES = (process.env['BENCH_SIZES'] ?? '100000,1000000').split(',').map(Number);
const QUERIES = Number(process.env['BENCH_QUERIES'] ?? 1000);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 100);
const PORT = Number(process.env['BENCH_PORT'] ?? 3900);
/** A series stops early after this many seconds, so that the benchmark always ends (the report says so). */
const SERIES_SECONDS = Number(process.env['BENCH_SERIES_SECONDS'] ?? 40);
const WARMUP_SECONDS = 5;
/** Keeps the database (and skips the measurements when BENCH_QUERIES=0), for experiments with plans. */
const KEEP = process.env['BENCH_KEEP'] === '1';
const OUT =
  process.env['BENCH_OUT'] ??
  join(tmpdir(), `tz-bench-search-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.md`);
const MAIN = 'dist/apps/api/main.js';
/** Vacancies per company, and distinct generated vacancies (the pool) per company. */
const VACANCIES_PER_COMPANY = 100;
const REFRESH_WORKERS = Number(process.env['BENCH_REFRESH_WORKERS'] ?? Math.max(1, Math.min(4, cpus().length)));
const REFRESH_BATCH = 20_000;
const POOL_PER_COMPANY = 4;

const KINDS = ['a', 'b', 'c'] as const;
type Kind = (typeof KINDS)[number];
const KIND_LABEL: Record<Kind, string> = {
  a: '(a) words + place radius + type and level filters + facets',
  b: '(b) words alone',
  c: '(c) nearest first (sort=distance from a place, no words)',
};

const WORDS = [
  'lassen',
  'lasser',
  'cnc',
  'mechatronica',
  'procesoperator',
  'onderhoudsmonteur',
  'heftruck',
  'kunststof',
  'monteur',
  'operator',
  'plaatwerker',
  'elektromonteur',
  'tekenaar',
  'leerbaan',
  'spuitgieten',
  'plc',
  'tig',
  'kantbank',
  'logistiek',
  'cnc frezen',
  'lassen rvs',
  'monteur mechatronica',
  'procesoperator extrusie',
  'stage lasser',
];
const LEVELS: EducationLevel[] = ['mbo2', 'mbo3', 'mbo4', 'hbo'];

interface Place {
  id: number;
  name: string;
  municipality: string;
  municipality_code: string;
  lat: number;
  lon: number;
}

interface Query {
  kind: Kind;
  q?: string;
  place?: Place;
  radiusKm?: number;
  types?: VacancyType[];
  levels?: EducationLevel[];
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const log = (message: string): void =>
  console.log(`[bench:search ${new Date().toISOString().slice(11, 19)}] ${message}`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

class Loader {
  private readonly companies: CompanyProfile[] = [];
  private readonly state = newCompanyGeneratorState();
  private readonly rng = new Random('bench-search');
  private pool = 0;
  private loaded = 0;
  private readonly towns: (Town & { municipality: string; id: number })[];

  constructor(
    private readonly runner: QueryRunner,
    private readonly repository: VacanciesRepository,
    places: Place[],
    private readonly now: Date,
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
    while (this.companies.length < wantedCompanies) {
      const company = generateCompany(this.rng, this.now, this.towns, this.state, { verified: true });
      this.companies.push(company.profile);
      organizations.push(company.organization);
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
    const townIndex = new Map(this.towns.map((t, index) => [`${t.name}|${t.municipalityCode}`, t]));
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
       WHERE i.schemaname = 'public' AND i.tablename IN ('vacancies', 'vacancy_skills')
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p')`,
    );
    const foreignKeys: { table: string; conname: string; definition: string }[] = await this.query(
      `SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE contype = 'f' AND conrelid IN ('vacancies'::regclass, 'vacancy_skills'::regclass)`,
    );
    for (const fk of foreignKeys) {
      await this.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.conname}"`);
    }
    for (const index of indexes) {
      await this.query(`DROP INDEX "${index.indexname}"`);
    }
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
    await this.query(`ANALYZE organizations`);
    await this.query(`ANALYZE search_words`);
    timings['vacuum analyze'] = performance.now() - started;
    return timings;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Queries

function makeQueries(rng: Random, places: Place[], count: number): Record<Kind, Query[]> {
  const result: Record<Kind, Query[]> = { a: [], b: [], c: [] };
  for (let i = 0; i < count; i++) {
    result.a.push({
      kind: 'a',
      q: rng.pick(WORDS),
      place: rng.pick(places),
      radiusKm: rng.pick([10, 25, 25, 50]),
      types: rng.sample(VACANCY_TYPES, rng.int(1, 2)),
      levels: rng.sample(LEVELS, rng.int(1, 2)),
    });
    result.b.push({ kind: 'b', q: rng.pick(WORDS) });
    result.c.push({ kind: 'c', place: rng.pick(places) });
  }
  return result;
}

function url(query: Query): string {
  const params = new URLSearchParams();
  if (query.q) {
    params.set('q', query.q);
  }
  if (query.place) {
    params.set('place', String(query.place.id));
  }
  if (query.radiusKm) {
    params.set('radiusKm', String(query.radiusKm));
  }
  query.types?.forEach((type) => params.append('type', type));
  query.levels?.forEach((level) => params.append('level', level));
  if (query.kind === 'c') {
    params.set('sort', 'distance');
  }
  return `http://127.0.0.1:${PORT}/api/vacancies?${params.toString()}`;
}

/** The criteria VacanciesService.search builds for the query (without the typo corrections, which are a separate query). */
function criteria(query: Query): SearchCriteria {
  const tsQuery = buildTsQuery(tokenize(query.q ?? ''));
  return {
    tsQuery,
    types: query.types ?? [],
    levels: query.levels ?? [],
    crebos: [],
    sectors: [],
    municipalities: [],
    skills: [],
    origin: query.place ? { lat: query.place.lat, lon: query.place.lon } : null,
    radiusKm: query.radiusKm ?? null,
    sort: query.kind === 'c' ? 'distance' : tsQuery ? 'relevance' : query.place ? 'distance' : 'newest',
    limit: 20,
    offset: 0,
  };
}

interface Series {
  size: number;
  mode: 'http' | 'sql';
  kind: Kind;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  meanTotal: number;
  zeroResults: number;
}

async function measure(
  run: (query: Query) => Promise<number>,
  queries: Query[],
  warmup: Query[],
): Promise<Omit<Series, 'size' | 'mode' | 'kind'>> {
  const warmupDeadline = performance.now() + WARMUP_SECONDS * 1000;
  for (const query of warmup) {
    await run(query);
    if (performance.now() > warmupDeadline) {
      break;
    }
  }
  const times: number[] = [];
  let totals = 0;
  let zero = 0;
  const deadline = performance.now() + SERIES_SECONDS * 1000;
  for (const query of queries) {
    const started = performance.now();
    const total = await run(query);
    times.push(performance.now() - started);
    totals += total;
    zero += total === 0 ? 1 : 0;
    if (performance.now() > deadline) {
      break;
    }
  }
  times.sort((x, y) => x - y);
  return {
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1],
    meanTotal: Math.round(totals / times.length),
    zeroResults: zero,
  };
}

async function startApi(url: string): Promise<ChildProcess> {
  const api = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) {
      throw new Error(`The API stopped with code ${api.exitCode}.`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      if (response.ok) {
        return api;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  api.kill('SIGTERM');
  throw new Error('The API did not start within 60 s.');
}

async function stopApi(api: ChildProcess | null): Promise<void> {
  if (!api || api.exitCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (api.exitCode === null) {
    api.kill('SIGKILL');
  }
}

/** Captures the SQL that VacanciesRepository.search sends, to EXPLAIN it. */
function capturingRepository(dataSource: DataSource): {
  repository: VacanciesRepository;
  last: () => { sql: string; params: unknown[] };
} {
  let captured = { sql: '', params: [] as unknown[] };
  const proxy = {
    query: (sql: string, params: unknown[]) => {
      captured = { sql, params };
      return dataSource.query(sql, params);
    },
  } as unknown as DataSource;
  return { repository: new VacanciesRepository(dataSource.getRepository(VacancyEntity), proxy), last: () => captured };
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const began = performance.now();
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} is missing: build the API first (npx nx build api).`);
  }
  log(`creating ${DATABASE} on ${new URL(SERVER).host}`);
  const databaseUrl = await createDatabase(SERVER, DATABASE);
  const dataSource = await new DataSource({
    ...dataSourceOptions(databaseUrl, { embedded: false }),
    extra: { max: REFRESH_WORKERS + 1 },
  }).initialize();
  let api: ChildProcess | null = null;
  const report: string[] = [];
  const series: Series[] = [];
  const loads: Record<number, Record<string, number>> = {};
  const plans: Record<Kind, string> = { a: '', b: '', c: '' };
  const planQueries: Record<Kind, string> = { a: '', b: '', c: '' };
  try {
    await dataSource.runMigrations();
    const [{ version }] = (await dataSource.query(`SELECT current_setting('server_version') AS version`)) as {
      version: string;
    }[];
    const settings = (await dataSource.query(
      `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'jit', 'random_page_cost', 'max_parallel_workers_per_gather')`,
    )) as { name: string; setting: string; unit: string | null }[];
    const places: Place[] = await dataSource.query(
      `SELECT id, name, municipality, municipality_code, lat, lon FROM places ORDER BY id`,
    );
    const repository = new VacanciesRepository(dataSource.getRepository(VacancyEntity), dataSource);
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    const loader = new Loader(runner, repository, places, new Date());
    await loader.prepare();
    const rng = new Random('bench-search-queries');
    const byId = new Map(places.map((p) => [p.id, p]));

    for (const size of SIZES) {
      log(`loading ${size.toLocaleString('en')} published vacancies`);
      const started = performance.now();
      loads[size] = await loader.growTo(size);
      loads[size]['total'] = performance.now() - started;
      log(
        `loaded in ${seconds(loads[size]['total'])}: ${Object.entries(loads[size])
          .map(([k, v]) => `${k} ${seconds(v)}`)
          .join(', ')}`,
      );
      const queries = makeQueries(rng, places, QUERIES);
      const warmups = makeQueries(rng, places, WARMUP);

      api ??= QUERIES > 0 ? await startApi(databaseUrl) : null;
      for (const kind of QUERIES > 0 ? KINDS : []) {
        const http = await measure(
          async (query) => {
            const response = await fetch(url(query));
            const body = (await response.json()) as { total?: number; message?: unknown };
            if (!response.ok) {
              throw new Error(`${url(query)}: ${response.status} ${JSON.stringify(body.message)}`);
            }
            return body.total ?? 0;
          },
          queries[kind],
          warmups[kind],
        );
        series.push({ size, mode: 'http', kind, ...http });
        log(
          `${size} http ${kind}: n=${http.n} p50 ${http.p50.toFixed(1)} p95 ${http.p95.toFixed(1)} p99 ${http.p99.toFixed(1)} ms (mean total ${http.meanTotal})`,
        );
        const sql = await measure(
          async (query) => (await repository.search(criteria(query))).total,
          queries[kind],
          warmups[kind],
        );
        series.push({ size, mode: 'sql', kind, ...sql });
        log(
          `${size} sql  ${kind}: n=${sql.n} p50 ${sql.p50.toFixed(1)} p95 ${sql.p95.toFixed(1)} p99 ${sql.p99.toFixed(1)} ms`,
        );
      }

      if (size === Math.max(...SIZES)) {
        const emmen = places.find((p) => p.name === 'Emmen') ?? (byId.values().next().value as Place);
        const utrecht = places.find((p) => p.name === 'Utrecht') ?? emmen;
        const examples: Record<Kind, Query> = {
          a: {
            kind: 'a',
            q: 'lassen',
            place: emmen,
            radiusKm: 25,
            types: ['bol_internship', 'job'],
            levels: ['mbo2', 'mbo3'],
          },
          b: { kind: 'b', q: 'monteur' },
          c: { kind: 'c', place: utrecht },
        };
        const capture = capturingRepository(dataSource);
        for (const kind of KINDS) {
          await capture.repository.search(criteria(examples[kind]));
          const { sql, params } = capture.last();
          planQueries[kind] =
            `${url(examples[kind]).replace(/^http:\/\/[^/]+/, 'GET ')}\nparameters: ${JSON.stringify(params)}`;
          const rows = (await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)) as {
            'QUERY PLAN': string;
          }[];
          plans[kind] = rows.map((row) => row['QUERY PLAN']).join('\n');
        }
      }
    }
    await runner.release();

    // Report
    const goal = (size: number): number => (size <= 100_000 ? 25 : 100);
    report.push(`# Search benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, '');
    report.push(
      `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB RAM; ` +
        `PostgreSQL ${version} (${settings.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ')}); Node ${process.version}.`,
      `Queries per series: ${QUERIES} (after ${WARMUP} warm-up queries), one at a time; a series stops after ${SERIES_SECONDS} s.`,
      '',
    );
    report.push(
      '| vacancies | kind | HTTP p50 | HTTP p95 | HTTP p99 | SQL p50 | SQL p95 | SQL p99 | n | mean total | goal (HTTP p95) |',
    );
    report.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const size of SIZES) {
      for (const kind of KINDS) {
        const http = series.find((s) => s.size === size && s.mode === 'http' && s.kind === kind) as Series;
        const sql = series.find((s) => s.size === size && s.mode === 'sql' && s.kind === kind) as Series;
        if (!http || !sql) {
          continue;
        }
        const ms = (value: number): string => `${value.toFixed(1)} ms`;
        report.push(
          `| ${size.toLocaleString('en')} | ${KIND_LABEL[kind]} | ${ms(http.p50)} | ${ms(http.p95)} | ${ms(http.p99)} | ${ms(sql.p50)} | ${ms(sql.p95)} | ${ms(sql.p99)} | ${http.n}/${sql.n} | ${http.meanTotal} | ${http.p95 < goal(size) ? 'met' : 'MISSED'} (< ${goal(size)} ms) |`,
        );
      }
    }
    report.push('', 'Load times:', '');
    for (const size of SIZES) {
      report.push(
        `- ${size.toLocaleString('en')}: ${Object.entries(loads[size])
          .map(([k, v]) => `${k} ${seconds(v)}`)
          .join(', ')}`,
      );
    }
    report.push('', `Whole benchmark: ${seconds(performance.now() - began)}.`, '');
    for (const kind of KINDS) {
      if (plans[kind]) {
        report.push(
          `## Plan ${KIND_LABEL[kind]} at ${Math.max(...SIZES).toLocaleString('en')}`,
          '',
          '```',
          planQueries[kind],
          '',
          plans[kind],
          '```',
          '',
        );
      }
    }
    writeFileSync(OUT, report.join('\n'));
    const firstPlan = report.findIndex((line) => line.startsWith('## Plan'));
    console.log(report.slice(0, firstPlan < 0 ? undefined : firstPlan).join('\n'));
    log(`report with plans: ${OUT}`);
  } finally {
    await stopApi(api);
    await dataSource.destroy().catch(() => undefined);
    if (KEEP) {
      log(`kept ${DATABASE} (BENCH_KEEP=1); drop it when done`);
    } else {
      await dropDatabase(SERVER, DATABASE);
      log(`dropped ${DATABASE}; total ${seconds(performance.now() - began)}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
