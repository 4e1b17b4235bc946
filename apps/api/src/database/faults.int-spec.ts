import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';
import { postgresBinaries, startPrivatePostgres, type PrivatePostgres } from '../testing/private-postgres';
import { bearer, newVacancy, organizationOf, placeId, Session, TestApp, verifiedCompany } from '../testing/test-app';

/**
 * PostgreSQL restarted under the API: it answers 503 (with Retry-After, never 500) while the database is away,
 * recovers by itself when it is back, and every write it acknowledged is in the database. Runs on a PostgreSQL
 * server of its own, so that stopping it disturbs no other test.
 */
const describeWithServer = postgresBinaries() ? describe : describe.skip;
if (!postgresBinaries()) {
  console.warn('faults.int-spec: skipped, the PostgreSQL server binaries (initdb, pg_ctl) are not installed.');
}

describeWithServer('a PostgreSQL restart under the API (a server of its own)', () => {
  let server: PrivatePostgres;
  let app: NestFastifyApplication;
  let t: TestApp;
  let company: Session;

  beforeAll(async () => {
    server = await startPrivatePostgres();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      WEB_DIST: '/nonexistent',
      DATABASE_URL: server.url,
    });
    app = await createApp(config, server.url);
    const dataSource = app.get(DataSource);
    await dataSource.runMigrations();
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    t = { app, http: request(app.getHttpServer()), dataSource, databaseUrl: server.url, close: () => app.close() };
    company = await verifiedCompany(t);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    server?.destroy();
  });

  it('should answer 503 during the gap, recover by itself, and keep every acknowledged write', async () => {
    const emmen = await placeId(t, 'Emmen');
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let writes = 0;
    const write = async (): Promise<number> => {
      writes += 1;
      const response = await t.http
        .post('/api/vacancies')
        .set('Authorization', bearer(company))
        .send(newVacancy(organizationOf(company), emmen, { title: `Storingstest ${writes}` }));
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 201) {
        acknowledged.push(response.body.id as string);
      } else {
        expect(response.status).toBe(503);
        expect(response.headers['retry-after']).toBe('5');
        expect(response.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
      }
      return response.status;
    };

    for (let i = 0; i < 5; i++) {
      expect(await write()).toBe(201);
    }
    server.stop();
    // The database is away: writes and the health check answer 503.
    for (let i = 0; i < 3; i++) {
      expect(await write()).toBe(503);
    }
    await t.http.get('/api/health').expect(503);
    await t.http.get('/api/vacancies').expect(503);

    server.start();
    // Back: the pool reconnects without the API being restarted (a request may still meet a dropped connection).
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 201; attempt++) {
      status = await write();
    }
    expect(status).toBe(201);
    for (let i = 0; i < 5; i++) {
      expect(await write()).toBe(201);
    }
    await t.http.get('/api/health').expect(200);

    expect(statuses.get(500)).toBeUndefined();
    const rows = (await t.dataSource.query(`SELECT id FROM vacancies WHERE id = ANY($1::uuid[])`, [acknowledged])) as {
      id: string;
    }[];
    expect(rows.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
    expect(acknowledged.length).toBeGreaterThanOrEqual(11);
  });

  it('should keep every acknowledged write when PostgreSQL crashes under concurrent load, and recover by itself', async () => {
    const emmen = await placeId(t, 'Emmen');
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    const unexpected: string[] = [];
    let phase: 'before' | 'down' | 'after' | 'done' = 'before';
    const seen = { before: 0, unavailable: 0, after: 0 };
    // The test waits for what the clients report, never for a fixed time.
    let wake = (): void => undefined;
    const waitFor = (condition: () => boolean): Promise<void> =>
      new Promise((resolve) => {
        const check = (): void => (condition() ? resolve() : void (wake = check));
        check();
      });

    // Six clients at once, each alternating a write (a new vacancy) and a public search, until the test is done.
    const client = async (n: number): Promise<void> => {
      for (let i = 0; phase !== 'done'; i++) {
        const writing = i % 2 === 0;
        const response = writing
          ? await t.http
              .post('/api/vacancies')
              .set('Authorization', bearer(company))
              .send(newVacancy(organizationOf(company), emmen, { title: `Belasting ${n}-${i}` }))
          : await t.http.get('/api/vacancies').query({ q: 'belasting', place: emmen, radiusKm: 10 });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 503) {
          if (response.headers['retry-after'] !== '5') {
            unexpected.push(`503 without Retry-After: ${JSON.stringify(response.headers)}`);
          }
          if (phase === 'down') {
            seen.unavailable += 1;
          }
        } else if (writing && response.status === 201) {
          acknowledged.push(response.body.id as string);
          if (phase === 'before') {
            seen.before += 1;
          } else if (phase === 'after') {
            seen.after += 1;
          }
        } else if (writing || response.status !== 200) {
          unexpected.push(`${response.status}: ${JSON.stringify(response.body)}`);
        }
        wake();
      }
    };
    const clients = Array.from({ length: 6 }, (_, n) => client(n));

    await waitFor(() => seen.before >= 30);
    // A crash, not a clean shutdown: no checkpoint, the server recovers from its write-ahead log on start.
    phase = 'down';
    await server.stopInBackground('immediate');
    await waitFor(() => seen.unavailable >= 12);
    await server.startInBackground();
    phase = 'after';
    await waitFor(() => seen.after >= 30);
    phase = 'done';
    await Promise.all(clients);

    expect(unexpected).toEqual([]);
    expect(statuses.get(500)).toBeUndefined();
    expect(statuses.get(503)).toBeGreaterThanOrEqual(12);
    await t.http.get('/api/health').expect(200);
    const rows = (await t.dataSource.query(`SELECT id FROM vacancies WHERE id = ANY($1::uuid[])`, [acknowledged])) as {
      id: string;
    }[];
    expect(rows.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
  }, 120_000);
});
