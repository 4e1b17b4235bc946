// Runs the benchmarks in tools/bench (TypeScript, through ts-node like `npm run migration:generate`).
//   npm run bench          every benchmark: the demo-data load (seed), the search benchmark, the matching engine
//   npm run bench:search   the search benchmark (builds the API first: it measures dist/apps/api/main.js)
//   npm run bench:matching the matching engine alone (libs/matching; no database)
//   npm run bench:recommendations  GET /api/me/recommendations among 100,000 vacancies (builds the API first)
//   npm run bench:load     the API under sustained load with autocannon, 10 minutes (builds the API first)
//   npm run bench:api      the API against a bare node:http + pg server on the same URLs (builds the API first)
//   npm run bench:web      Lighthouse on the built platform's pages (builds API and web first; plain ESM, no ts-node)
// Extra arguments name benchmarks: `npm run bench -- seed`.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BENCHMARKS = {
  seed: { script: 'tools/bench/seed-load.ts', project: 'tools/bench/tsconfig.json', node: [] },
  search: { script: 'tools/bench/search.ts', project: 'tools/bench/tsconfig.json', node: [] },
  recommendations: { script: 'tools/bench/recommendations.ts', project: 'tools/bench/tsconfig.json', node: [] },
  load: { script: 'tools/bench/load.ts', project: 'tools/bench/tsconfig.json', node: [] },
  api: { script: 'tools/bench/api.ts', project: 'tools/bench/tsconfig.json', node: [] },
  web: { script: 'tools/bench/web.mjs', module: true, node: [] },
  matching: {
    script: 'tools/bench/matching/run.ts',
    project: 'tools/bench/matching/tsconfig.json',
    node: ['--expose-gc', '--max-old-space-size=6144'],
  },
};
const names = process.argv.slice(2).filter((name) => name !== 'all');
const selected = names.length ? names : Object.keys(BENCHMARKS);
const unknown = selected.filter((name) => !BENCHMARKS[name]);
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}.`);
  process.exit(2);
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

if (selected.includes('web')) {
  run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']);
} else if (['search', 'recommendations', 'load', 'api'].some((name) => selected.includes(name))) {
  run('npx', ['nx', 'build', 'api', '--output-style=static']);
}
for (const name of selected) {
  const { script, project, node, module } = BENCHMARKS[name];
  if (module) {
    run(process.execPath, [...node, script]);
    continue;
  }
  // The API's settings, but CommonJS, so that the migrations' JSON imports work outside the webpack bundle.
  const env = { ...process.env, TS_NODE_PROJECT: project, TS_NODE_TRANSPILE_ONLY: 'true' };
  run(process.execPath, [...node, '-r', 'ts-node/register', '-r', 'tsconfig-paths/register', script], env);
}
