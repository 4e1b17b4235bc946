import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface EmbeddedDatabase {
  /** A postgres:// URL that the ordinary `pg` driver connects to. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Runs PostgreSQL in-process (PGlite, compiled to WebAssembly) with its files in `dataDir`, behind a socket on
 * 127.0.0.1 so that TypeORM and `pg` use it exactly as they use a server. `memory://` keeps nothing.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const location = dataDir.startsWith('memory://') ? dataDir : resolve(dataDir);
  if (!location.startsWith('memory://')) {
    mkdirSync(location, { recursive: true });
  }
  // The extensions the migrations create (search: trigrams, accents, distances). PGlite ships them as ESM.
  const [{ pg_trgm }, { unaccent }, { cube }, { earthdistance }] = await Promise.all([
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/cube'),
    import('@electric-sql/pglite/contrib/earthdistance'),
  ]);
  const db = await PGlite.create({ dataDir: location, extensions: { pg_trgm, unaccent, cube, earthdistance } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    dataDir: location,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
