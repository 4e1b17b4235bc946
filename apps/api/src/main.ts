import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { dataSourceOptions } from './database/data-source-options';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { DEMO_PASSWORD, DEMO_USERS } from './database/seed/demo-data';
import { hasDemoData, seedDemoData } from './database/seed/seed';

/**
 * `node main.js` serves the platform; `node main.js seed` loads the demo data into the configured database
 * (DATABASE_URL or the embedded one) and exits; `node main.js migrate` only runs the migrations.
 */
async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  const config = loadConfig();
  const embedded: EmbeddedDatabase | null = config.embedded ? await startEmbeddedDatabase(config.DATA_DIR) : null;
  const databaseUrl = config.DATABASE_URL ?? (embedded as EmbeddedDatabase).url;

  if (command === 'seed' || command === 'migrate') {
    const dataSource = await new DataSource(dataSourceOptions(databaseUrl, { embedded: config.embedded })).initialize();
    await dataSource.runMigrations();
    const seeded = command === 'seed' ? await seedDemoData(dataSource) : false;
    await dataSource.destroy();
    await embedded?.stop();
    console.log(
      command === 'migrate'
        ? 'Migrations are up to date.'
        : seeded
          ? 'Demo data loaded.'
          : 'Demo data was already there.',
    );
    return;
  }

  const app = await createApp(config, databaseUrl);
  const dataSource = app.get(DataSource);
  await dataSource.runMigrations();
  if (embedded && config.DEMO_DATA) {
    await seedDemoData(dataSource);
  }
  await app.listen({ port: config.PORT, host: config.HOST });

  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const lines = [
    '',
    `  TechZone Match is running at http://localhost:${port}/`,
    `  API documentation:           http://localhost:${port}/api/docs`,
    `  Database: ${embedded ? `embedded PostgreSQL (PGlite) in ${embedded.dataDir}` : 'DATABASE_URL'}`,
  ];
  if (embedded && (await hasDemoData(dataSource))) {
    lines.push('', `  Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS) {
      lines.push(`    ${user.email.padEnd(42)} ${user.roleLabel}`);
    }
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`${signal} received: finishing open requests, then stopping.`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('TechZone Match could not start:', error);
  }
  process.exit(1);
});
