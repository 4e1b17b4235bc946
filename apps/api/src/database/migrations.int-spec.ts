import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../testing/test-app';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, { embedded: database.embedded })).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const tables = async (): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
      )
    ).map((row: { table_name: string }) => row.table_name);

  it('should run every migration on an empty database', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await tables()).toEqual(expect.arrayContaining(['users', 'organizations', 'memberships', 'refresh_tokens']));
  });

  it('should leave nothing for the entities to add: migrations and entities agree', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('should revert every migration down to an empty schema', async () => {
    for (let step = 0; step < MIGRATIONS.length; step += 1) {
      await dataSource.undoLastMigration();
    }
    expect(await tables()).toEqual([]);
  });
});
