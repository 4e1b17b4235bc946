import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A PostgreSQL server of its own for one test file (initdb in a temporary folder, a free port), which the test
 * may stop and start again: for fault tests that must not disturb the shared server. Needs the PostgreSQL server
 * binaries (Debian: postgresql-15); as root it runs them as the `postgres` user, as PostgreSQL requires.
 */
export interface PrivatePostgres {
  url: string;
  stop(): void;
  start(): void;
  /** Stops the server without blocking the event loop; `immediate` ends it the way a crash would (no checkpoint). */
  stopInBackground(mode: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again without blocking the event loop (requests to the API in this process keep flowing). */
  startInBackground(): Promise<void>;
  destroy(): void;
}

const execFileAsync = promisify(execFile);

/** The folder of initdb and pg_ctl, or null when the server binaries are not installed. */
export function postgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) {
    return join(root, versions[0], 'bin');
  }
  try {
    const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    return existsSync(join(bin, 'initdb')) ? bin : null;
  } catch {
    return null;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinaries();
  if (!bin) {
    throw new Error('The PostgreSQL server binaries (initdb, pg_ctl) are not installed.');
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'tz-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const commandLine = (program: string, args: string[]): [string, string[]] => {
    const command = join(bin, program);
    return asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  };
  const run = (program: string, args: string[]): void => {
    const [command, all] = commandLine(program, args);
    execFileSync(command, all, { stdio: 'pipe' });
  };
  const runInBackground = async (program: string, args: string[]): Promise<void> => {
    const [command, all] = commandLine(program, args);
    await execFileAsync(command, all);
  };
  const port = await freePort();
  run('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=on`;
  const startArgs = ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'log'), '-w', 'start'];
  const stopArgs = (mode: 'fast' | 'immediate'): string[] => ['-D', join(dir, 'data'), '-m', mode, '-w', 'stop'];
  const start = (): void => run('pg_ctl', startArgs);
  const stop = (): void => run('pg_ctl', stopArgs('fast'));
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    stopInBackground: (mode) => runInBackground('pg_ctl', stopArgs(mode)),
    startInBackground: () => runInBackground('pg_ctl', startArgs),
    destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
