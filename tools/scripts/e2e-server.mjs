// Starts the built platform for the browser tests on a fresh database: a new database on the DATABASE_URL
// server (created here, with the demo data), or an in-memory embedded PGlite when DATABASE_URL is unset.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { root, run } from './lib.mjs';

const port = process.env.E2E_PORT || '4310';
const env = { ...process.env, PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO_DATA: 'true', NODE_ENV: 'test' };

if (process.env.DATABASE_URL) {
  const server = new URL(process.env.DATABASE_URL);
  const name = `${server.pathname.slice(1) || 'postgres'}_e2e`;
  const admin = new URL(server);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  server.pathname = `/${name}`;
  env.DATABASE_URL = server.toString();
  const seed = await run(process.execPath, ['dist/apps/api/main.js', 'seed'], { env });
  if (seed.code !== 0) {
    process.exit(seed.code);
  }
} else {
  env.DATA_DIR = 'memory://';
}

const api = spawn(process.execPath, ['dist/apps/api/main.js'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => api.kill(signal));
}
api.on('close', (code) => process.exit(code ?? 0));
