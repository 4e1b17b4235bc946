/** Starting and stopping the built API (dist/apps/api/main.js) for the HTTP benchmarks. */
import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const MAIN = 'dist/apps/api/main.js';

/**
 * Starts the built API of checkout `root` on 127.0.0.1:`port` against database `url`; resolves once /api/health
 * answers.
 * BENCH_API_NODE_ARGS (words) go to its node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it.
 */
export async function startApi(
  url: string,
  port: number,
  env: Record<string, string> = {},
  root = process.cwd(),
): Promise<ChildProcess> {
  // Something already answering on the port (an API left over from an interrupted run) would be measured instead.
  const busy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
    () => true,
    () => false,
  );
  if (busy) {
    throw new Error(`Port ${port} already answers: stop what listens there (or set BENCH_PORT).`);
  }
  const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const api = spawn(process.execPath, [...nodeArgs, resolve(root, MAIN)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      NODE_ENV: 'test',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) {
      throw new Error(`The API stopped with code ${api.exitCode}.`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) {
        return api;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  api.kill('SIGTERM');
  throw new Error('The API did not start within 60 s.');
}

export async function stopApi(api: ChildProcess | null): Promise<void> {
  if (!api || api.exitCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (api.exitCode === null) {
    api.kill('SIGKILL');
  }
}

/** Captures the SQL that VacanciesRepository.search sends, to EXPLAIN it. */

/** The value below which `p` percent of the sorted timings lie (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
