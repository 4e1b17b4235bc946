// npm run bench:web: Lighthouse (npm lighthouse@12.2.3, its mobile defaults: simulated slow 4G, 4x CPU slowdown)
// against the built platform (dist/apps/api/main.js serving dist/apps/web) on a fresh embedded database with the
// demo data, three runs per page, the median run per page (Lighthouse's own computeMedianRun), plus what a repeat
// visit downloads again. Writes the table between the bench:web markers in docs/performance.md.
//
// Plain JavaScript, not TypeScript through ts-node like the other benchmarks: Lighthouse is an ES module only, and
// the benchmarks' CommonJS settings would turn its import into a require().
//
// Knobs: BENCH_BUILD (another checkout whose built dist/ to measure, for a baseline in the same session), BENCH_RUNS (3), BENCH_PORT (3901), BENCH_PAGES (names, comma-separated; default all), CHROME_PATH
// (/usr/bin/chromium), BENCH_OUT (a markdown file instead of docs/performance.md), BENCH_REPORTS (a folder that
// receives each page's median Lighthouse report as <page>.json, for a look at what the main thread did).
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as prettier from 'prettier';
import puppeteer from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = resolve(process.env.BENCH_BUILD ?? ROOT);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3901);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const REPORT = process.env.BENCH_OUT ?? join(ROOT, 'docs/performance.md');
const REPORTS = process.env.BENCH_REPORTS ? resolve(process.env.BENCH_REPORTS) : null;
const MARKERS = ['<!-- bench:web -->', '<!-- /bench:web -->'];
// The demo logins (apps/api/src/database/seed/demo-data.ts).
const DEMO_PASSWORD = 'TechZone-demo-2026!';
const demoEmail = (local) => `${local}@demo.techzonematch.nl`;

const GOALS = { performance: 95, lcp: 2000, tbt: 150, cls: 0.05, firstVisitBytes: 350 * 1000 };

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'tz-bench-web-'));
  const platform = await startPlatform(dataDir);
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync'],
  });
  try {
    const pages = await choosePages();
    const rows = [];
    for (const page of pages) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(await auditWithRetry(browser, page));
      }
      const median = computeMedianRun(runs);
      if (REPORTS) {
        await mkdir(REPORTS, { recursive: true });
        await writeFile(join(REPORTS, `${page.name}.json`), JSON.stringify(median));
      }
      const row = { ...page, ...figures(median), repeat: await repeatVisit(browser, page) };
      rows.push(row);
      console.log(
        `${page.name.padEnd(22)} perf ${row.performance} a11y ${row.accessibility} bp ${row.bestPractices}` +
          ` seo ${row.seo ?? '-'} LCP ${ms(row.lcp)} TBT ${Math.round(row.tbt)} ms CLS ${row.cls.toFixed(3)}` +
          ` ${kb(row.bytes)} first, ${kb(row.repeat.bytes)} again (${row.repeat.files.length} files)`,
      );
    }
    const environment = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' '),
      chrome: await browser.version(),
      cpu: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
      node: process.version,
    };
    await writeReport(rows, environment);
  } finally {
    await browser.close();
    platform.kill('SIGTERM');
    await new Promise((done) => (platform.exitCode === null ? platform.once('exit', done) : done()));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The built API on a fresh data folder: migrations and demo data, as `npm start` on a new checkout. */
async function startPlatform(dataDir) {
  // Something already answering on the port (a platform left over from an interrupted run) would be measured
  // instead of this build, without any error: refuse to start.
  const busy = await fetch(`${ORIGIN}/api/health`).then(
    () => true,
    () => false,
  );
  if (busy) {
    throw new Error(`${ORIGIN} already answers: stop what listens on port ${PORT} (or set BENCH_PORT).`);
  }
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', PUBLIC_URL: ORIGIN };
  env.LOG_LEVEL = 'warn';
  delete env.DATABASE_URL; // the embedded database, whatever the shell has set
  const child = spawn(process.execPath, [join(BUILD, 'dist/apps/api/main.js')], { cwd: BUILD, env, stdio: 'ignore' });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The platform stopped with code ${child.exitCode}.`);
    }
    const ok = await fetch(`${ORIGIN}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) {
      return child;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  child.kill('SIGTERM');
  throw new Error('The platform did not start within 120 s.');
}

/** Logs a demo user in through the API: the access token and the cookies the browser would have kept. */
async function login(local) {
  const response = await fetch(`${ORIGIN}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoEmail(local), password: DEMO_PASSWORD }),
  });
  if (!response.ok) {
    throw new Error(`Login as ${local} failed: ${response.status} ${await response.text()}`);
  }
  const body = await response.json();
  const cookies = response.headers.getSetCookie().map((header) => {
    const [pair, ...attributes] = header.split(';').map((part) => part.trim());
    const [name, value] = pair.split('=');
    const path = attributes.find((attribute) => /^path=/i.test(attribute))?.slice(5) ?? '/';
    return { name, value, path, domain: '127.0.0.1', httpOnly: attributes.some((a) => /^httponly$/i.test(a)) };
  });
  return { token: body.accessToken, user: body.user, cookies };
}

async function api(path, token) {
  const response = await fetch(`${ORIGIN}/api/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    throw new Error(`GET /api/${path}: ${response.status}`);
  }
  return response.json();
}

/** The pages of issue 15, with real ids from the demo data. */
async function choosePages() {
  const [emmen] = await api('taxonomy/places?q=Emmen');
  const search = `q=lassen&place=${emmen.id}&radiusKm=20`;
  const results = await api(`vacancies?${search}`);
  const vacancy = results.items[0];
  const owner = await login('eigenaar');
  const organizationId = owner.user.memberships[0].organizationId;
  const vacancies = await api(`organizations/${organizationId}/vacancies`, owner.token);
  let board = null;
  for (const candidate of vacancies.filter((v) => v.status === 'published')) {
    const applications = await api(`vacancies/${candidate.id}/applications`, owner.token);
    if (!board || applications.length > board.count) {
      board = { id: candidate.id, count: applications.length };
    }
  }
  const all = [
    { name: 'landing', path: '/', public: true },
    { name: 'search', path: `/vacatures?${search}`, public: true },
    { name: 'vacancy', path: `/vacatures/${vacancy.id}`, public: true },
    { name: 'company', path: `/bedrijven/${vacancy.company.id}`, public: true },
    { name: 'region', path: '/regio', public: true },
    { name: 'for-you', path: '/voor-jou', login: 'student' },
    { name: 'applicant-board', path: `/bedrijf/vacatures/${board.id}/sollicitaties`, login: 'eigenaar' },
    { name: 'school-placements', path: '/school/stages', login: 'coordinator' },
  ];
  const only = process.env.BENCH_PAGES?.split(',').map((name) => name.trim());
  return only ? all.filter((page) => only.includes(page.name)) : all;
}

/**
 * Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP) on a run that is otherwise fine; such a
 * run is repeated, twice at most. Any other failure stops the benchmark.
 */
async function auditWithRetry(browser, page) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(browser, page);
    } catch (error) {
      if (attempt >= 3 || !/\((NO_NAVSTART|NO_FCP|NO_TRACING_STARTED)\)/.test(String(error))) {
        throw error;
      }
      console.warn(`${page.name}: ${error.message} Trying again.`);
    }
  }
}

/** One Lighthouse run in a new tab; logged-in pages get a fresh session's cookies first (a refresh rotates them). */
async function audit(browser, page) {
  const tab = await browser.newPage();
  try {
    if (page.login) {
      await tab.setCookie(...(await login(page.login)).cookies);
    }
    const categories = ['performance', 'accessibility', 'best-practices', ...(page.public ? ['seo'] : [])];
    const result = await lighthouse(
      `${ORIGIN}${page.path}`,
      { logLevel: 'error', output: 'json', onlyCategories: categories },
      undefined,
      tab,
    );
    if (!result?.lhr || result.lhr.runtimeError) {
      throw new Error(`Lighthouse failed on ${page.path}: ${result?.lhr?.runtimeError?.message ?? 'no result'}`);
    }
    if (page.login && new URL(result.lhr.finalDisplayedUrl).pathname !== page.path.split('?')[0]) {
      throw new Error(`${page.path} ended at ${result.lhr.finalDisplayedUrl}: the session did not hold.`);
    }
    return result.lhr;
  } finally {
    await tab.close();
  }
}

function figures(lhr) {
  const score = (id) => (lhr.categories[id] ? Math.round(lhr.categories[id].score * 100) : null);
  const value = (id) => lhr.audits[id].numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/**
 * A second visit in the same tab, unthrottled: the bytes that came over the wire again, and the files (this
 * origin, not the page itself and not API answers) that were downloaded again instead of coming from the cache or
 * a 304.
 */
async function repeatVisit(browser, page) {
  const tab = await browser.newPage();
  try {
    if (page.login) {
      await tab.setCookie(...(await login(page.login)).cookies);
    }
    await tab.goto(`${ORIGIN}${page.path}`, { waitUntil: 'networkidle0' });
    const session = await tab.createCDPSession();
    await session.send('Network.enable');
    // What the network answered (Chrome reports a revalidated file as 200 from its cache: only the raw answer
    // tells a 304 from a download); files from the memory or disk cache have no raw answer at all.
    const requests = new Map();
    const request = (id) => requests.get(id) ?? requests.set(id, {}).get(id);
    session.on('Network.responseReceived', ({ requestId, response, type }) =>
      Object.assign(request(requestId), { url: response.url, type }),
    );
    session.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) =>
      Object.assign(request(requestId), { status: statusCode }),
    );
    let bytes = 0;
    session.on('Network.loadingFinished', ({ encodedDataLength }) => (bytes += encodedDataLength));
    await tab.goto(`${ORIGIN}${page.path}`, { waitUntil: 'networkidle0' });
    const files = [...requests.values()]
      .filter((r) => r.url?.startsWith(ORIGIN) && !r.url.startsWith(`${ORIGIN}/api/`) && r.type !== 'Document')
      .filter((r) => r.status === 200)
      .map((r) => r.url.slice(ORIGIN.length));
    return { bytes, files };
  } finally {
    await tab.close();
  }
}

const ms = (value) => `${(value / 1000).toFixed(2)} s`;
const kb = (bytes) => `${Math.round(bytes / 1000)} KB`;
const mark = (ok) => (ok ? '' : ' ✗');

async function writeReport(rows, environment) {
  const lines = [
    `${MARKERS[0]}`,
    `\`npm run bench:web\`, ${environment.date} UTC: ${environment.cpu}, Node ${environment.node},` +
      ` ${environment.chrome}, Lighthouse 12.2.3 mobile defaults, median of ${RUNS} runs per page` +
      ` (Lighthouse benchmarkIndex ${Math.round(rows[0]?.benchmarkIndex ?? 0)}). ✗ marks a figure that misses the` +
      ` goal (performance ≥ ${GOALS.performance}, accessibility, best practices and SEO 100, LCP ≤ 2.0 s, TBT ≤ 150 ms,` +
      ` CLS ≤ 0.05, a public page's first visit ≤ 350 KB, nothing downloaded again on a repeat visit).`,
    '',
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | first visit | repeat visit | files again |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows
      .map((row) =>
        [
          `\`${row.path.replace(/[0-9a-f-]{36}/g, ':id')}\`${row.login ? ` (${row.login})` : ''}`,
          `${row.performance}${mark(row.performance >= GOALS.performance)}`,
          `${row.accessibility}${mark(row.accessibility === 100)}`,
          `${row.bestPractices}${mark(row.bestPractices === 100)}`,
          row.seo === null ? '-' : `${row.seo}${mark(row.seo === 100)}`,
          ms(row.fcp),
          `${ms(row.lcp)}${mark(row.lcp <= GOALS.lcp)}`,
          `${Math.round(row.tbt)} ms${mark(row.tbt <= GOALS.tbt)}`,
          `${row.cls.toFixed(3)}${mark(row.cls <= GOALS.cls)}`,
          `${kb(row.bytes)}${row.public ? mark(row.bytes <= GOALS.firstVisitBytes) : ''}`,
          kb(row.repeat.bytes),
          `${row.repeat.files.length}${mark(row.repeat.files.length === 0)}`,
        ].join(' | '),
      )
      .map((cells) => `| ${cells} |`),
    MARKERS[1],
  ];
  const again = rows.flatMap((row) => row.repeat.files.map((file) => `${row.name}: ${file}`));
  if (again.length) {
    console.log(`Downloaded again on a repeat visit:\n  ${again.join('\n  ')}`);
  }
  const current = await readFile(REPORT, 'utf8').catch(() => '');
  const start = current.indexOf(MARKERS[0]);
  const end = current.indexOf(MARKERS[1]);
  const table = lines.join('\n');
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${table}${current.slice(end + MARKERS[1].length)}`
      : `${current}${current ? '\n' : ''}${table}\n`;
  // Formatted as the repository formats markdown, so that the report passes the format check as written.
  const options = (await prettier.resolveConfig(REPORT)) ?? {};
  await writeFile(REPORT, await prettier.format(next, { ...options, filepath: REPORT }));
  console.log(`Written to ${REPORT}.`);
}

await main();
