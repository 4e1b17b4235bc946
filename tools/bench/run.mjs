// Runs the benchmarks in tools/bench (TypeScript, through ts-node like `npm run migration:generate`).
//   npm run bench          every benchmark: the demo-data load (seed), then the search benchmark
//   npm run bench:search   the search benchmark (builds the API first: it measures dist/apps/api/main.js)
// Extra arguments name benchmarks: `npm run bench -- seed`.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BENCHMARKS = { seed: 'tools/bench/seed-load.ts', search: 'tools/bench/search.ts' };
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

if (selected.includes('search')) {
  run('npx', ['nx', 'build', 'api', '--output-style=static']);
}
const env = {
  ...process.env,
  // The API's settings, but CommonJS, so that the migrations' import() of JSON data works outside the webpack bundle.
  TS_NODE_PROJECT: 'tools/bench/tsconfig.json',
  TS_NODE_TRANSPILE_ONLY: 'true',
};
for (const name of selected) {
  run(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', BENCHMARKS[name]], env);
}
