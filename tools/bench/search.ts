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
import { ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { Random } from '../../apps/api/src/database/seed/random';
import { VacancyEntity } from '../../apps/api/src/vacancies/entities/vacancy.entity';
import { buildTsQuery, tokenize } from '../../apps/api/src/vacancies/search-text';
import { VacanciesRepository, type SearchCriteria } from '../../apps/api/src/vacancies/vacancies.repository';
import { MAIN, percentile, startApi, stopApi } from './lib/api';
import { createDatabase, databaseUrl as databaseUrlOf, dropDatabase } from './lib/database';
import { Loader, REFRESH_WORKERS, type Place } from './lib/vacancy-loader';

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
/**
 * Measures a database kept by an earlier BENCH_KEEP=1 run again, without loading (its pending migrations are run):
 * for trying a change to the search code on the same rows. Needs BENCH_SIZES to be the size it holds.
 */
const REUSE = process.env['BENCH_REUSE'] === '1';
const OUT =
  process.env['BENCH_OUT'] ??
  join(tmpdir(), `tz-bench-search-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.md`);

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

/**
 * The criteria VacanciesService.search builds for the query (without the typo corrections, which are a separate
 * query; with the prefixes resolved to their lexemes, as the service does).
 */
async function criteria(query: Query, repository: VacanciesRepository): Promise<SearchCriteria> {
  const words = buildTsQuery(tokenize(query.q ?? ''));
  const tsQuery = words ? await repository.resolveQuery(words) : null;
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

/** Candidates for the insights figures (BENCH_CANDIDATES, default 50,000), loaded once with the first size. */
const CANDIDATES = Number(process.env['BENCH_CANDIDATES'] ?? 50_000);
const INSIGHTS_REQUESTS = Number(process.env['BENCH_INSIGHTS_REQUESTS'] ?? 200);

/**
 * 20 schools with 5 programmes each, and CANDIDATES candidates (three in four students, 60% of them at one of the
 * programmes) with a home place, a level, a crebo and 3-6 skills; every tenth student has an active placement.
 * Deterministic: ids and choices come from md5 of the row number.
 */
async function loadCandidates(dataSource: DataSource): Promise<number> {
  const started = performance.now();
  const h = (expression: string, modulo: number): string =>
    `(('x' || substr(md5(${expression}), 1, 8))::bit(32)::int & 2147483647) % ${modulo}`;
  await dataSource.query(`
    INSERT INTO organizations (id, kind, name, city, verification_status)
    SELECT md5('bench-school-' || i)::uuid, 'school', 'Benchcollege ' || i, 'Emmen', 'verified' FROM generate_series(1, 20) i`);
  await dataSource.query(`
    INSERT INTO programs (id, organization_id, name, crebo, level, route)
    SELECT md5('bench-program-' || s || '-' || p)::uuid, md5('bench-school-' || s)::uuid, 'Opleiding ' || p,
           (SELECT crebo FROM qualifications ORDER BY crebo OFFSET ${h("s || '-' || p", 40)} LIMIT 1), 'mbo' || (2 + p % 3), 'BOL'
    FROM generate_series(1, 20) s, generate_series(1, 5) p`);
  await dataSource.query(
    `INSERT INTO users (id, email, password_hash, name, locale, account_type, candidate_kind, email_verified_at)
     SELECT md5('bench-candidate-' || i)::uuid, 'bench-candidate-' || i || '@bench.invalid', 'x', 'Kandidaat ' || i, 'nl',
            'candidate', CASE WHEN i % 4 = 0 THEN 'professional' ELSE 'student' END, now()
     FROM generate_series(1, $1::int) i`,
    [CANDIDATES],
  );
  await dataSource.query(
    `INSERT INTO candidate_profiles (user_id, school_id, program_id, education_level, route, qualification_crebo,
                                     home_place_id, max_travel_km, discoverable)
     SELECT md5('bench-candidate-' || i)::uuid,
            CASE WHEN i % 4 <> 0 AND ${h("'s' || i", 10)} < 6 THEN md5('bench-school-' || (1 + ${h("'c' || i", 20)}))::uuid END,
            CASE WHEN i % 4 <> 0 AND ${h("'s' || i", 10)} < 6
                 THEN md5('bench-program-' || (1 + ${h("'c' || i", 20)}) || '-' || (1 + ${h("'p' || i", 5)}))::uuid END,
            (ARRAY['mbo2', 'mbo3', 'mbo4', 'hbo'])[1 + ${h("'l' || i", 4)}], 'BOL',
            (SELECT crebo FROM qualifications ORDER BY crebo OFFSET ${h("'q' || i", 40)} LIMIT 1),
            (SELECT id FROM places ORDER BY id OFFSET ${h("'h' || i", 1500)} LIMIT 1), 25, i % 3 = 0
     FROM generate_series(1, $1::int) i`,
    [CANDIDATES],
  );
  await dataSource.query(
    `INSERT INTO candidate_skills (user_id, skill_code, level)
     SELECT u.id, s.code, 1 + ${h('s.code || u.id::text', 3)}
     FROM users u CROSS JOIN LATERAL (
       SELECT code FROM skills ORDER BY md5(code || u.id::text) LIMIT 3 + ${h('u.id::text', 4)}
     ) s WHERE u.email LIKE 'bench-candidate-%'`,
  );
  await dataSource.query(
    `INSERT INTO placements (student_id, company_id, school_id, vacancy_id, status, start_date, end_date, hours_per_week)
     SELECT cp.user_id, v.organization_id, cp.school_id, v.id, 'active', current_date - 30, current_date + 60, 32
     FROM (SELECT user_id, school_id, row_number() OVER (ORDER BY user_id) AS n FROM candidate_profiles
           WHERE school_id IS NOT NULL) cp
     JOIN LATERAL (SELECT id, organization_id FROM vacancies WHERE status = 'published'
                   ORDER BY id OFFSET cp.n % 1000 LIMIT 1) v ON true
     WHERE cp.n % 10 = 0`,
  );
  await dataSource.query('ANALYZE');
  return performance.now() - started;
}

/** BENCH_REUSE: checks that the kept database holds `size` published vacancies, and analyzes it. */
async function reused(dataSource: DataSource, size: number): Promise<Record<string, number>> {
  const [{ n }] = (await dataSource.query(`SELECT count(*)::int AS n FROM vacancies WHERE status = 'published'`)) as {
    n: number;
  }[];
  if (n < size) {
    throw new Error(`BENCH_REUSE: ${DATABASE} holds ${n} published vacancies, not ${size}.`);
  }
  const started = performance.now();
  await dataSource.query('VACUUM (ANALYZE) vacancies');
  await dataSource.query('ANALYZE');
  return { 'vacuum analyze': performance.now() - started };
}

async function main(): Promise<void> {
  const began = performance.now();
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} is missing: build the API first (npx nx build api).`);
  }
  log(`${REUSE ? 'reusing' : 'creating'} ${DATABASE} on ${new URL(SERVER).host}`);
  const databaseUrl = REUSE ? databaseUrlOf(SERVER, DATABASE) : await createDatabase(SERVER, DATABASE);
  // The API's connection settings (jit off, work_mem), with a connection per loading worker.
  const options = dataSourceOptions(databaseUrl, { embedded: false });
  const dataSource = await new DataSource({
    ...options,
    extra: { ...(options.extra as object), max: REFRESH_WORKERS + 1 },
  }).initialize();
  let api: ChildProcess | null = null;
  const report: string[] = [];
  const series: Series[] = [];
  const loads: Record<number, Record<string, number>> = {};
  const plans: Record<Kind, string> = { a: '', b: '', c: '' };
  const planQueries: Record<Kind, string> = { a: '', b: '', c: '' };
  let insights: (Omit<Series, 'mode' | 'kind'> & { size: number }) | null = null;
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
    if (!REUSE) {
      await loader.prepare();
    }
    const rng = new Random('bench-search-queries');
    const byId = new Map(places.map((p) => [p.id, p]));

    for (const size of SIZES) {
      log(`loading ${size.toLocaleString('en')} published vacancies`);
      const started = performance.now();
      loads[size] = REUSE ? await reused(dataSource, size) : await loader.growTo(size);
      loads[size]['total'] = performance.now() - started;
      log(
        `loaded in ${seconds(loads[size]['total'])}: ${Object.entries(loads[size])
          .map(([k, v]) => `${k} ${seconds(v)}`)
          .join(', ')}`,
      );
      if (size === SIZES[0] && CANDIDATES > 0) {
        const [{ n }] = (await dataSource.query(
          `SELECT count(*)::int AS n FROM users WHERE email LIKE 'bench-candidate-%'`,
        )) as { n: number }[];
        if (n === 0) {
          log(`loading ${CANDIDATES.toLocaleString('en')} candidates for the insights figures`);
          loads[size]['candidates'] = await loadCandidates(dataSource);
        }
      }
      const queries = makeQueries(rng, places, QUERIES);
      const warmups = makeQueries(rng, places, WARMUP);

      api ??= QUERIES > 0 ? await startApi(databaseUrl, PORT) : null;
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
          async (query) => (await repository.search(await criteria(query, repository))).total,
          queries[kind],
          warmups[kind],
        );
        series.push({ size, mode: 'sql', kind, ...sql });
        log(
          `${size} sql  ${kind}: n=${sql.n} p50 ${sql.p50.toFixed(1)} p95 ${sql.p95.toFixed(1)} p99 ${sql.p99.toFixed(1)} ms`,
        );
      }

      if (size === SIZES[0] && api && CANDIDATES > 0) {
        // "De regio in cijfers" as the web page asks for it: the whole region, and one municipality.
        const municipalities = ['', 'Emmen', 'Hardenberg', 'Coevorden', 'Hoogeveen', 'Borger-Odoorn'];
        let index = 0;
        const result = await measure(
          async () => {
            const municipality = municipalities[index++ % municipalities.length];
            const response = await fetch(
              `http://127.0.0.1:${PORT}/api/insights/region${municipality ? `?municipality=${municipality}` : ''}`,
            );
            const body = (await response.json()) as { openPlaces?: { total: number } };
            if (!response.ok) {
              throw new Error(`insights: ${response.status}`);
            }
            return body.openPlaces?.total ?? 0;
          },
          Array.from({ length: INSIGHTS_REQUESTS }, () => ({ kind: 'a' }) as Query),
          Array.from({ length: 6 }, () => ({ kind: 'a' }) as Query),
        );
        insights = { size, ...result };
        log(
          `${size} insights: n=${result.n} p50 ${result.p50.toFixed(1)} p95 ${result.p95.toFixed(1)} p99 ${result.p99.toFixed(1)} ms`,
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
          await capture.repository.search(await criteria(examples[kind], capture.repository));
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
    if (insights) {
      report.push(
        '',
        `GET /api/insights/region over HTTP at ${insights.size.toLocaleString('en')} vacancies and ${CANDIDATES.toLocaleString('en')} candidates (whole region and each municipality in turn): n=${insights.n}, p50 ${insights.p50.toFixed(1)} ms, p95 ${insights.p95.toFixed(1)} ms, p99 ${insights.p99.toFixed(1)} ms (goal: under 300 ms).`,
      );
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
