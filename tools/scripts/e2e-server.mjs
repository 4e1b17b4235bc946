// Starts the built platform for the browser tests on a fresh database: a new database on the DATABASE_URL
// server (created here, with the demo data), or an in-memory embedded PGlite when DATABASE_URL is unset.
// The API sends its e-mail to an SMTP server in this process, which appends each mail as one JSON line to
// E2E_MAIL_FILE (the tests read links from it, e.g. a guardian's signing link).
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { root, run } from './lib.mjs';

const port = process.env.E2E_PORT || '4310';
const mailFile = resolve(root, process.env.E2E_MAIL_FILE || 'dist/.playwright/web-e2e/mail.jsonl');
mkdirSync(dirname(mailFile), { recursive: true });
writeFileSync(mailFile, '');

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (chunk) => (raw += chunk.toString('utf8')));
    stream.on('end', () => {
      const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
      appendFileSync(mailFile, `${JSON.stringify({ to, raw })}\n`);
      callback();
    });
  },
});
await new Promise((resolveListen) => smtp.listen(0, '127.0.0.1', resolveListen));
const smtpPort = smtp.server.address().port;

const env = {
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DEMO_DATA: 'true',
  NODE_ENV: 'test',
  MAIL_URL: `smtp://127.0.0.1:${smtpPort}`,
  PUBLIC_URL: `http://127.0.0.1:${port}`,
};

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
api.on('close', (code) => smtp.close(() => process.exit(code ?? 0)));
