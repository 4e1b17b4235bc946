/**
 * `npm run bench:recommendations`: a candidate's top 20 among 100,000 vacancies, GET /api/me/recommendations
 * over HTTP against the built API (dist/apps/api/main.js) on a real PostgreSQL.
 *
 * 1. Creates the database tz_bench_recommendations on the PostgreSQL server of DATABASE_URL (default
 *    postgres://postgres@127.0.0.1:5432/postgres), runs the app's migrations and loads BENCH_SIZE (default 100000)
 *    published vacancies the way bench:search does (companies all over the country, with their accreditations).
 * 2. Registers a student over HTTP, saves a realistic profile (home in Emmen, route BOL, MBO 3 all-round welder
 *    (crebo 25287), eight skills, VCA, travel 25 km), logs in, and measures BENCH_REQUESTS (default 300) requests
 *    one at a time after BENCH_WARMUP (30).
 * 3. In the benchmark's own process, with the API's repositories and engine: where the time goes (the candidate,
 *    the SQL pre-filter and its mapping, the skill tree, recommend, suggestImprovements, the details of the 20),
 *    and EXPLAIN (ANALYZE, BUFFERS) of the pre-filter.
 * 4. Prints the figures, writes them with the plan to BENCH_OUT (default: a markdown file in the temp folder),
 *    stops the API and drops the database (BENCH_KEEP=1 keeps it).
 */
import type { AuthResponse, CandidateProfileInput, RecommendationsResponse } from '@techzone/contracts';
import { recommend, suggestImprovements } from '@techzone/matching';
import { ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { MatchingRepository, nearRules } from '../../apps/api/src/matching/matching.repository';
import { skillRelations } from '../../apps/api/src/matching/skill-relations';
import { VacancyEntity } from '../../apps/api/src/vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../../apps/api/src/vacancies/vacancies.repository';
import { MAIN, percentile, startApi, stopApi } from './lib/api';
import { createDatabase, dropDatabase } from './lib/database';
import { Loader, REFRESH_WORKERS, type Place } from './lib/vacancy-loader';

const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'tz_bench_recommendations';
const SIZE = Number(process.env['BENCH_SIZE'] ?? 100_000);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 300);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 30);
const PORT = Number(process.env['BENCH_PORT'] ?? 3901);
/** Repetitions of each step measured in-process. */
const STEPS = Number(process.env['BENCH_STEPS'] ?? 50);
const KEEP = process.env['BENCH_KEEP'] === '1';
const OUT =
  process.env['BENCH_OUT'] ??
  join(tmpdir(), `tz-bench-recommendations-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.md`);
const GOAL_MS = 50;
const PASSWORD = 'Lasrobot-Tulpen-Vlonder-87';

const log = (message: string): void =>
  console.log(`[bench:recommendations ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Timing {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function summarize(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };
}

async function timeSeries<T>(runs: number, warmup: number, fn: () => Promise<T>): Promise<Timing> {
  for (let i = 0; i < warmup; i++) {
    await fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return summarize(times);
}

/** A second-year BOL welding student in Emmen: the profile the web app's form would save. */
function studentProfile(homePlaceId: number): CandidateProfileInput {
  return {
    educationLevel: 'mbo3',
    route: 'BOL',
    qualificationCrebo: '25287',
    dateOfBirth: '2007-03-15',
    homePlaceId,
    maxTravelKm: 25,
    wantedTypes: ['bol_internship'],
    sectorCodes: [],
    hoursPerWeekMin: 32,
    hoursPerWeekMax: 40,
    availableFrom: null,
    availableTo: null,
    skills: [
      { skillCode: 'weld.mig', level: 3 },
      { skillCode: 'weld.tig', level: 2 },
      { skillCode: 'weld.mma', level: 2 },
      { skillCode: 'weld.fitup', level: 2 },
      { skillCode: 'weld.inspection', level: 1 },
      { skillCode: 'sheetmetal.bending', level: 1 },
      { skillCode: 'machining.measuring', level: 2 },
      { skillCode: 'mechatronics.assembly', level: 1 },
    ],
    certificates: ['vca_basic'],
    languages: [{ code: 'nl', level: 'native' }],
    discoverable: false,
  };
}

async function http<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A DataSource whose query() also records the SQL, its parameters and how long PostgreSQL and pg took. */
function recordingDataSource(dataSource: DataSource): {
  proxy: DataSource;
  last: () => { sql: string; params: unknown[]; ms: number };
} {
  let last = { sql: '', params: [] as unknown[], ms: 0 };
  const proxy = new Proxy(dataSource, {
    get(target, property, receiver) {
      if (property === 'query') {
        return async (sql: string, params: unknown[]) => {
          const started = performance.now();
          const rows: unknown = await target.query(sql, params);
          last = { sql, params, ms: performance.now() - started };
          return rows;
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { proxy, last: () => last };
}

async function main(): Promise<void> {
  const began = performance.now();
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} is missing: build the API first (npx nx build api).`);
  }
  log(`creating ${DATABASE} on ${new URL(SERVER).host}`);
  const databaseUrl = await createDatabase(SERVER, DATABASE);
  // The API's connection settings (jit off, work_mem), with a connection per loading worker.
  const options = dataSourceOptions(databaseUrl, { embedded: false });
  const dataSource = await new DataSource({
    ...options,
    extra: { ...(options.extra as object), max: REFRESH_WORKERS + 1 },
  }).initialize();
  let api: ChildProcess | null = null;
  try {
    await dataSource.runMigrations();
    const [{ version }] = (await dataSource.query(`SELECT current_setting('server_version') AS version`)) as {
      version: string;
    }[];
    const places: Place[] = await dataSource.query(
      `SELECT id, name, municipality, municipality_code, lat, lon FROM places ORDER BY id`,
    );
    const emmen = places.find((place) => place.name === 'Emmen');
    if (!emmen) {
      throw new Error('No place Emmen in the places table.');
    }
    const vacanciesRepository = new VacanciesRepository(dataSource.getRepository(VacancyEntity), dataSource);
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    const loader = new Loader(runner, vacanciesRepository, places, new Date(), true);
    await loader.prepare();
    log(`loading ${SIZE.toLocaleString('en')} published vacancies`);
    const started = performance.now();
    await loader.growTo(SIZE);
    await runner.release();
    log(`loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // The candidate, through the API like the web app.
    api = await startApi(databaseUrl, PORT);
    const email = `bench.student.${Date.now()}@example.nl`;
    await http<AuthResponse>('POST', '/api/auth/register', {
      kind: 'student',
      email,
      password: PASSWORD,
      name: 'Bench Student',
      acceptTerms: true,
    });
    const login = await http<AuthResponse>('POST', '/api/auth/login', { email, password: PASSWORD });
    const token = login.accessToken;
    await http('PUT', '/api/me/profile', studentProfile(emmen.id), token);
    const first = await http<RecommendationsResponse>('GET', '/api/me/recommendations', undefined, token);
    log(
      `first answer: ${first.items.length} items, scores ${first.items.map((item) => item.score).join(' ')}, ` +
        `tips ${first.tips.length}, missing [${first.missing.join(', ')}]`,
    );

    const overHttp = await timeSeries(REQUESTS, WARMUP, () =>
      http<RecommendationsResponse>('GET', '/api/me/recommendations', undefined, token),
    );
    log(
      `HTTP: n=${overHttp.n} p50 ${overHttp.p50.toFixed(1)} p95 ${overHttp.p95.toFixed(1)} p99 ${overHttp.p99.toFixed(1)} ms`,
    );
    // The floor under any authenticated request: HTTP, the access token and the user's row.
    const floor = await timeSeries(REQUESTS, WARMUP, () => http('GET', '/api/auth/me', undefined, token));

    // Where the time goes: the service's steps, one by one, in this process.
    const recording = recordingDataSource(dataSource);
    const matching = new MatchingRepository(recording.proxy);
    const userId = login.user.id;
    const candidate = await matching.candidate(userId);
    if (!candidate?.home) {
      throw new Error('The candidate has no home after saving the profile.');
    }
    const home = candidate.home;
    const rules = nearRules(candidate);
    const withinReach = (await matching.vacanciesNear(home, candidate.maxTravelKm)).length;
    const nearby = await matching.vacanciesNear(home, candidate.maxTravelKm, rules);
    const prefilter = recording.last();
    const proximity = skillRelations(await matching.skillTree());
    const ranked = recommend(candidate, nearby, 20, { proximity });
    const eligible = recommend(candidate, nearby, nearby.length, { proximity }).length;
    const steps: [string, Timing][] = [];
    const step = async (label: string, fn: () => Promise<unknown> | unknown): Promise<void> => {
      const timing = await timeSeries(STEPS, 5, async () => fn());
      steps.push([label, timing]);
      log(`${label}: p50 ${timing.p50.toFixed(1)} p95 ${timing.p95.toFixed(1)} ms`);
    };
    await step('candidate (profile and skills)', () => matching.candidate(userId));
    let sqlTimes: number[] = [];
    await step('pre-filter: SQL and rows (vacanciesNear with the route, level and qualification rules)', async () => {
      await matching.vacanciesNear(home, candidate.maxTravelKm, rules);
      sqlTimes.push(recording.last().ms);
    });
    sqlTimes = sqlTimes.slice(-STEPS);
    steps.push(['  of which the query (PostgreSQL, pg parsing the rows)', summarize(sqlTimes)]);
    await step('  for comparison: every vacancy within reach, no rules in SQL', () =>
      matching.vacanciesNear(home, candidate.maxTravelKm),
    );
    await step('skill tree (query and build)', async () => skillRelations(await matching.skillTree()));
    await step('engine: recommend top 20', () => recommend(candidate, nearby, 20, { proximity }));
    await step('engine: suggestImprovements', () => suggestImprovements(candidate, nearby, { proximity, limit: 3 }));
    await step('details of the 20 (findSummaries)', () =>
      vacanciesRepository.findSummaries(ranked.map((item) => item.vacancyId)),
    );
    const plan = (
      (await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${prefilter.sql}`, prefilter.params)) as {
        'QUERY PLAN': string;
      }[]
    )
      .map((row) => row['QUERY PLAN'])
      .join('\n');

    const ms = (value: number): string => `${value.toFixed(1)} ms`;
    const report = [
      `# Recommendations benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB RAM; ` +
        `PostgreSQL ${version}; Node ${process.version}. ${SIZE.toLocaleString('en')} published vacancies; a BOL ` +
        `student (MBO 3 welding) in Emmen who travels ${candidate.maxTravelKm} km: ${withinReach.toLocaleString('en')} ` +
        `vacancies within reach, ${nearby.length.toLocaleString('en')} of them pass the route, level and qualification ` +
        `rules in SQL, ${eligible.toLocaleString('en')} eligible, ${first.items.length} recommended.`,
      '',
      '| what | p50 | p95 | p99 | n | goal |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      `| GET /api/me/recommendations over HTTP | ${ms(overHttp.p50)} | ${ms(overHttp.p95)} | ${ms(overHttp.p99)} | ${overHttp.n} | ${overHttp.p95 < GOAL_MS ? 'met' : 'MISSED'} (p95 < ${GOAL_MS} ms) |`,
      `| for comparison: GET /api/auth/me over HTTP (HTTP, token, the user's row) | ${ms(floor.p50)} | ${ms(floor.p95)} | ${ms(floor.p99)} | ${floor.n} | |`,
      ...steps.map(
        ([label, timing]) => `| ${label} | ${ms(timing.p50)} | ${ms(timing.p95)} | ${ms(timing.p99)} | ${timing.n} | |`,
      ),
      '',
      `Whole benchmark: ${((performance.now() - began) / 1000).toFixed(0)} s.`,
      '',
      '## Plan of the pre-filter',
      '',
      '```',
      `parameters: ${JSON.stringify(prefilter.params)}`,
      '',
      plan,
      '```',
      '',
    ];
    writeFileSync(OUT, report.join('\n'));
    console.log(report.join('\n'));
    log(`report: ${OUT}`);
  } finally {
    await stopApi(api);
    await dataSource.destroy().catch(() => undefined);
    if (KEEP) {
      log(`kept ${DATABASE} (BENCH_KEEP=1); drop it when done`);
    } else {
      await dropDatabase(SERVER, DATABASE);
      log(`dropped ${DATABASE}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
