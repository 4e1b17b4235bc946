// `npm test`: every check and test, in order: format, lint (module boundaries included), type check, unit
// tests, the build, API integration tests (DATABASE_URL's server, or embedded PGlite when unset; they also serve
// the built web app), then the browser tests in Chromium against the built platform. Ends with one line `N passed, N failed` over all tests.
// `npm test -- unit integration` runs only the named stages.
import { existsSync } from 'node:fs';
import { nxEnv, run, systemChromium } from './lib.mjs';

const stages = [
  { name: 'format', args: ['npx', 'nx', 'format:check', '--all'] },
  { name: 'lint', args: ['npx', 'nx', 'run-many', '-t', 'lint', '--output-style=static'] },
  { name: 'typecheck', args: ['npx', 'nx', 'run-many', '-t', 'typecheck', '--output-style=static'] },
  { name: 'unit', args: ['npx', 'nx', 'run-many', '-t', 'test', '--output-style=static'], tests: true },
  // The build comes before the integration tests: they also test how the API serves the built web app.
  { name: 'build', args: ['npx', 'nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'] },
  { name: 'integration', args: ['npx', 'nx', 'run', 'api:integration', '--output-style=static'], tests: true },
  { name: 'e2e', args: ['npx', 'playwright', 'test', '-c', 'apps/web-e2e/playwright.config.mts'], tests: true },
];

const wanted = process.argv.slice(2);
const selected = wanted.length ? stages.filter((stage) => wanted.includes(stage.name)) : stages;
if (wanted.some((name) => !stages.some((stage) => stage.name === name))) {
  console.error(`Unknown stage. Stages: ${stages.map((stage) => stage.name).join(', ')}`);
  process.exit(2);
}

// Jest: "Tests: 1 failed, 2 skipped, 28 passed, 31 total"; Vitest: "Tests  1 failed | 12 passed (13)";
// Playwright: "  12 passed (30.1s)", "  1 failed", "  2 flaky".
function countTests(output) {
  const text = output.replace(/\u001b\[[0-9;]*m/g, '');
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const add = (line) => {
    for (const [, n, kind] of line.matchAll(/(\d+) (passed|failed|skipped|flaky|todo)/g)) {
      const key = kind === 'flaky' ? 'failed' : kind === 'todo' ? 'skipped' : kind;
      counts[key] += Number(n);
    }
  };
  for (const line of text.split('\n')) {
    if (
      /^Tests:\s/.test(line) ||
      /^\s*Tests\s+\d/.test(line) ||
      /^\s+\d+ (passed|failed|flaky|skipped) ?(\(|$)/.test(line)
    ) {
      add(line);
    }
  }
  return counts;
}

async function ensureChromium() {
  if (systemChromium()) {
    return true;
  }
  const { chromium } = await import('@playwright/test');
  if (existsSync(chromium.executablePath())) {
    return true;
  }
  console.log("No Chromium found (CHROME_PATH, /usr/bin/chromium): trying to install Playwright's own...");
  const install = await run('npx', ['playwright', 'install', 'chromium']);
  if (install.code === 0) {
    return true;
  }
  console.error(
    [
      '',
      'The browser tests need Chromium, and none could be found or installed.',
      'Get one of these, then run `npm test` again:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - or set CHROME_PATH to an installed Chrome or Chromium',
      '  - or, with internet access: npx playwright install chromium',
      '',
    ].join('\n'),
  );
  return false;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedStages = [];
for (const stage of selected) {
  if (stage.name === 'e2e' && (failedStages.includes('build') || !(await ensureChromium()))) {
    failedStages.push('e2e');
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  const [command, ...args] = stage.args;
  const result = await run(command, args, { env: nxEnv, capture: Boolean(stage.tests) });
  if (stage.tests) {
    const counts = countTests(result.output);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    if (result.code !== 0 && counts.failed === 0) {
      totals.failed += 1; // the runner failed before it could count (a crash, a compile error)
    }
  }
  if (result.code !== 0) {
    failedStages.push(stage.name);
  }
}

console.log('');
if (failedStages.length) {
  console.log(`Failed stages: ${failedStages.join(', ')}`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedStages.length ? 1 : 0);
