// `npm start`: builds the API and the web app (Nx caches unchanged builds), then serves both on one port.
// Without DATABASE_URL the API runs an embedded PostgreSQL (PGlite) in DATA_DIR and loads the demo data.
import { spawn } from 'node:child_process';
import { nxEnv, root, run } from './lib.mjs';

const build = await run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']);
if (build.code !== 0) {
  console.error('The build failed; see above.');
  process.exit(build.code);
}
const api = spawn(process.execPath, ['dist/apps/api/main.js', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: nxEnv,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => api.kill(signal));
}
api.on('close', (code) => process.exit(code ?? 0));
