import 'pg'; // TypeORM loads the driver dynamically: this keeps it in the bundle's dependencies.
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** One definition of the connection for the app, the CLI and the tests. Never `synchronize`. */
export function dataSourceOptions(url: string, options: { embedded: boolean }): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; extensions come only from migrations.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // PGlite is a single session: one connection, no SSL.
    ...(options.embedded ? { ssl: false } : {}),
    extra: {
      max: options.embedded ? 1 : 10,
      connectionTimeoutMillis: 10_000,
      // On a server: JIT compiling costs more than it saves on these short queries; search sorts need some memory.
      ...(options.embedded ? {} : { options: '-c jit=off -c work_mem=16MB' }),
    },
  };
}
