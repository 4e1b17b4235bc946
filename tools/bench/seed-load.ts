/**
 * Measures how long the demo data takes to load into a fresh embedded database (PGlite), the way `npm start`
 * loads it on a fresh `.data`:
 *   npm run bench -- seed            (or: node -r ts-node/register -r tsconfig-paths/register tools/bench/seed-load.ts)
 * With DATABASE_URL set, it loads into a new database tz_seed_bench on that server instead, and drops it afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { startEmbeddedDatabase } from '../../apps/api/src/database/embedded-database';
import { seedDemoData } from '../../apps/api/src/database/seed/seed';
import { createDatabase, dropDatabase } from './lib/database';

async function main(): Promise<void> {
  const server = process.env['DATABASE_URL'];
  const dataDir = server ? null : mkdtempSync(join(tmpdir(), 'tz-seed-'));
  const embedded = dataDir ? await startEmbeddedDatabase(dataDir) : null;
  const url = embedded ? embedded.url : await createDatabase(server as string, 'tz_seed_bench');
  const dataSource = await new DataSource(dataSourceOptions(url, { embedded: Boolean(embedded) })).initialize();
  try {
    let started = performance.now();
    await dataSource.runMigrations();
    const migrations = performance.now() - started;
    started = performance.now();
    await seedDemoData(dataSource);
    const seed = performance.now() - started;
    const [counts] = (await dataSource.query(`SELECT
      (SELECT count(*) FROM organizations WHERE kind = 'company')::int AS companies,
      (SELECT count(*) FROM organizations WHERE kind = 'school')::int AS schools,
      (SELECT count(*) FROM vacancies)::int AS vacancies,
      (SELECT count(*) FROM vacancies WHERE status = 'published' AND expires_at > now())::int AS searchable,
      (SELECT count(*) FROM candidate_profiles)::int AS candidates`)) as Record<string, number>[];
    console.log(
      `${embedded ? 'Embedded PGlite' : 'PostgreSQL'}: migrations ${(migrations / 1000).toFixed(1)} s, ` +
        `demo data ${(seed / 1000).toFixed(1)} s (${JSON.stringify(counts)})`,
    );
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
    if (dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
    }
    if (server) {
      await dropDatabase(server, 'tz_seed_bench');
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
