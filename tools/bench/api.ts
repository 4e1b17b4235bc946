/**
 * `npm run bench:api`: what a request costs in the API against what it costs in a bare server.
 *
 * 1. Creates tz_bench_api on the DATABASE_URL server (default postgres://postgres@127.0.0.1:5432/postgres), runs
 *    the migrations and loads the regional demo data.
 * 2. Starts the built API (dist/apps/api/main.js) and, in this process, the bare baseline (api-baseline.ts: node:http
 *    and pg, one statement per URL), both on the same database, and checks that they give the same JSON for the
 *    URLs measured (it stops when they differ: a faster baseline that answers something else proves nothing).
 * 3. Per endpoint, autocannon with BENCH_API_CONNECTIONS (50) for BENCH_API_SECONDS (10) against the API, then the
 *    baseline, BENCH_API_ROUNDS (2) times, each request for the next of up to 200 ids. Every response is timed.
 * 4. Prints requests/s, p50 and p95 per side and the ratio of the medians (API / baseline), and writes the table
 *    between the bench:api markers of docs/performance.md (BENCH_OUT: another file).
 * BENCH_BUILD: another checkout whose built API to measure (a baseline of an older commit in the same session).
 */
import type { AuthResponse } from '@techzone/contracts';
import autocannon from 'autocannon';
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { DEMO_PASSWORD } from '../../apps/api/src/database/seed/demo-data';
import { seedDemoData } from '../../apps/api/src/database/seed/seed';
import { startBaseline } from './api-baseline';
import { percentile, startApi, stopApi } from './lib/api';
import { createDatabase, dropDatabase } from './lib/database';

const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'tz_bench_api';
const API_PORT = Number(process.env['BENCH_PORT'] ?? 3903);
const BASELINE_PORT = API_PORT + 1;
const CONNECTIONS = Number(process.env['BENCH_API_CONNECTIONS'] ?? 50);
const SECONDS = Number(process.env['BENCH_API_SECONDS'] ?? 10);
const ROUNDS = Number(process.env['BENCH_API_ROUNDS'] ?? 2);
const ROOT = resolve(__dirname, '../..');
const REPORT = process.env['BENCH_OUT'] ?? resolve(ROOT, 'docs/performance.md');
const MARKERS = ['<!-- bench:api -->', '<!-- /bench:api -->'];
/** The goals of issue 16: the share of the bare server's throughput the API keeps. */
const GOALS: Record<string, number> = { vacancy: 0.75, me: 0.75, company: 0.6 };

const log = (message: string): void => console.log(`[bench:api ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Endpoint {
  name: string;
  label: string;
  paths: string[];
  headers?: Record<string, string>;
}

interface Series {
  rate: number;
  p50: number;
  p95: number;
  errors: number;
}

async function endpoints(dataSource: DataSource, apiBase: string): Promise<Endpoint[]> {
  const vacancies: { id: string }[] = await dataSource.query(
    `SELECT id FROM vacancies WHERE status = 'published' AND expires_at > now() ORDER BY id LIMIT 200`,
  );
  const companies: { id: string }[] = await dataSource.query(
    `SELECT id FROM organizations WHERE kind = 'company' AND verification_status = 'verified' ORDER BY id LIMIT 200`,
  );
  const response = await fetch(`${apiBase}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'eigenaar@demo.techzonematch.nl', password: DEMO_PASSWORD }),
  });
  if (!response.ok) {
    throw new Error(`Demo login failed: ${response.status} ${await response.text()}`);
  }
  const auth = (await response.json()) as AuthResponse;
  return [
    { name: 'vacancy', label: 'GET /api/vacancies/:id', paths: vacancies.map((row) => `/api/vacancies/${row.id}`) },
    { name: 'company', label: 'GET /api/companies/:id', paths: companies.map((row) => `/api/companies/${row.id}`) },
    {
      name: 'me',
      label: 'GET /api/auth/me (company owner)',
      paths: ['/api/auth/me'],
      headers: { authorization: `Bearer ${auth.accessToken}` },
    },
  ];
}

/** JSON with its keys sorted, so that two answers compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

async function sameAnswers(endpoint: Endpoint, apiBase: string, baselineBase: string): Promise<void> {
  for (const path of endpoint.paths.slice(0, 25)) {
    const [api, bare] = await Promise.all(
      [apiBase, baselineBase].map(async (base) => {
        const response = await fetch(`${base}${path}`, { headers: endpoint.headers });
        return { status: response.status, body: canonical(await response.json()) };
      }),
    );
    if (api.status !== 200 || bare.status !== 200 || api.body !== bare.body) {
      throw new Error(
        `${path}: the API and the baseline answer differently.\n  API ${api.status}: ${api.body.slice(0, 2000)}` +
          `\n  baseline ${bare.status}: ${bare.body.slice(0, 2000)}`,
      );
    }
  }
}

async function measure(base: string, endpoint: Endpoint, seconds = SECONDS): Promise<Series> {
  const times: number[] = [];
  let next = 0;
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          method: 'GET',
          path: endpoint.paths[next++ % endpoint.paths.length],
          headers: endpoint.headers ?? {},
        }),
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rate: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface Row {
  endpoint: Endpoint;
  api: Series[];
  bare: Series[];
}

async function writeReport(rows: Row[]): Promise<void> {
  const figure = (series: Series[]): string =>
    `${median(series.map((s) => s.rate)).toFixed(0)}/s, p50 ${median(series.map((s) => s.p50)).toFixed(1)} ms,` +
    ` p95 ${median(series.map((s) => s.p95)).toFixed(1)} ms`;
  const lines = [
    MARKERS[0],
    `\`npm run bench:api\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} x` +
      ` ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}; ${CONNECTIONS} connections, ${ROUNDS} rounds of` +
      ` ${SECONDS} s per side, alternated, medians of the rounds. ✗ marks a ratio below its goal.`,
    '',
    '| endpoint | API | bare node:http + pg | API / bare | goal | errors |',
    '| --- | --- | --- | ---: | ---: | ---: |',
    ...rows.map(({ endpoint, api, bare }) => {
      const ratio = median(api.map((s) => s.rate)) / median(bare.map((s) => s.rate));
      const goal = GOALS[endpoint.name];
      const errors = [...api, ...bare].reduce((sum, s) => sum + s.errors, 0);
      return `| ${endpoint.label} | ${figure(api)} | ${figure(bare)} | ${ratio.toFixed(2)}${ratio >= goal ? '' : ' ✗'} | ≥ ${goal.toFixed(2)} | ${errors} |`;
    }),
    MARKERS[1],
  ];
  console.log(lines.slice(1, -1).join('\n'));
  const current = await readFile(REPORT, 'utf8').catch(() => '');
  const start = current.indexOf(MARKERS[0]);
  const end = current.indexOf(MARKERS[1]);
  const table = lines.join('\n');
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${table}${current.slice(end + MARKERS[1].length)}`
      : `${current}${current ? '\n' : ''}${table}\n`;
  const options = (await prettier.resolveConfig(REPORT)) ?? {};
  await writeFile(REPORT, await prettier.format(next, { ...options, filepath: REPORT }));
  log(`written to ${REPORT}`);
}

async function main(): Promise<void> {
  log(`creating ${DATABASE} and loading the demo data`);
  const url = await createDatabase(SERVER, DATABASE);
  const dataSource = await new DataSource(dataSourceOptions(url, { embedded: false })).initialize();
  const secret = randomBytes(48).toString('base64url');
  let api: ChildProcess | null = null;
  let baseline: Server | null = null;
  try {
    await dataSource.runMigrations();
    await seedDemoData(dataSource);
    const build = process.env['BENCH_BUILD'];
    api = await startApi(url, API_PORT, { JWT_SECRET: secret }, build ? resolve(build) : undefined);
    baseline = await startBaseline(url, BASELINE_PORT, secret);
    const apiBase = `http://127.0.0.1:${API_PORT}`;
    const baselineBase = `http://127.0.0.1:${BASELINE_PORT}`;
    const rows: Row[] = [];
    // BENCH_API_ENDPOINTS: some of vacancy,company,me (default: all).
    const only = process.env['BENCH_API_ENDPOINTS']?.split(',').map((name) => name.trim());
    for (const endpoint of (await endpoints(dataSource, apiBase)).filter((e) => !only || only.includes(e.name))) {
      await sameAnswers(endpoint, apiBase, baselineBase);
      const row: Row = { endpoint, api: [], bare: [] };
      // A short warm-up of each side, then the rounds, alternated.
      await measure(apiBase, endpoint, 3);
      await measure(baselineBase, endpoint, 3);
      for (let round = 0; round < ROUNDS; round++) {
        row.api.push(await measure(apiBase, endpoint));
        row.bare.push(await measure(baselineBase, endpoint));
        log(
          `${endpoint.name} round ${round + 1}: API ${row.api.at(-1)?.rate.toFixed(0)}/s, bare ${row.bare.at(-1)?.rate.toFixed(0)}/s`,
        );
      }
      rows.push(row);
    }
    await writeReport(rows);
  } finally {
    baseline?.closeAllConnections();
    await new Promise((done) => (baseline ? baseline.close(done) : done(undefined)));
    await stopApi(api);
    await dataSource.destroy();
    await dropDatabase(SERVER, DATABASE);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
