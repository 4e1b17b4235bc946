import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AuthResponse, CreateVacancyRequest, RegisterRequest } from '@techzone/contracts';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';
import { startEmbeddedDatabase } from '../database/embedded-database';
import { UsersRepository } from '../users/users.repository';

export interface TestDatabase {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new database on the DATABASE_URL server (dropped afterwards),
 * or an in-memory embedded PGlite when DATABASE_URL is unset.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase('memory://');
    return { url: embedded.url, embedded: true, drop: () => embedded.stop() };
  }
  const name = `tz_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const run = async (sql: string): Promise<void> => {
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), embedded: false, drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  /** The database's URL, for a second app on the same database (see `startReplica`). */
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real application (same factory as main.ts) on a fresh, migrated database, served over real HTTP. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    ...(database.embedded ? {} : { DATABASE_URL: database.url }),
    ...env,
  });
  const app = await createApp(config, database.url);
  const dataSource = app.get(DataSource);
  await dataSource.runMigrations();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    databaseUrl: database.url,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * A second, independent instance of the API on the database of `primary`, like a second replica behind a load
 * balancer: its own process state, the same PostgreSQL. Only with DATABASE_URL (PGlite is one session).
 */
export async function startReplica(primary: TestApp, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    DATABASE_URL: primary.databaseUrl,
    ...env,
  });
  const app = await createApp(config, primary.databaseUrl);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    databaseUrl: primary.databaseUrl,
    close: () => app.close(),
  };
}

export const TEST_PASSWORD = 'Lasrobot-Tulpen-Vlonder-87';

let sequence = 0;

export function uniqueEmail(prefix = 'user'): string {
  sequence += 1;
  return `${prefix}.${sequence}.${randomBytes(3).toString('hex')}@example.nl`;
}

export function newRegistration(overrides: Partial<RegisterRequest> = {}): RegisterRequest {
  const kind = overrides.kind ?? 'student';
  return {
    kind,
    email: uniqueEmail(kind),
    password: TEST_PASSWORD,
    name: 'Sanne Bakker',
    acceptTerms: true,
    ...(kind === 'school' ? { companyName: 'Testschool Emmen', companyCity: 'Emmen' } : {}),
    ...(kind === 'company'
      ? {
          companyName: 'Testbedrijf Emmen',
          kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
          companyCity: 'Emmen',
        }
      : {}),
    ...overrides,
  };
}

export interface Session {
  auth: AuthResponse;
  /** The Set-Cookie header value to send back as Cookie. */
  cookie: string;
  email: string;
  password: string;
}

export function refreshCookieOf(response: request.Response): string {
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = setCookie.find((value) => value.startsWith('tz_refresh='));
  if (!cookie) {
    throw new Error('No refresh cookie in the response');
  }
  return cookie.split(';')[0];
}

/** Registers a user through the API and returns their session. */
export async function register(http: TestApp['http'], overrides: Partial<RegisterRequest> = {}): Promise<Session> {
  const body = newRegistration(overrides);
  const response = await http.post('/api/auth/register').send(body).expect(201);
  return {
    auth: response.body as AuthResponse,
    cookie: refreshCookieOf(response),
    email: body.email,
    password: body.password,
  };
}

export const bearer = (session: Session): string => `Bearer ${session.auth.accessToken}`;

/** The user of a session as the guard loads them for each request: for tests that call services directly. */
export async function authUserOf(t: TestApp, session: Session): Promise<AuthUser> {
  const user = await t.app.get(UsersRepository).findAuthUser(session.auth.user.id);
  if (!user) {
    throw new Error(`No user ${session.auth.user.id}`);
  }
  return user;
}

/**
 * A company registered through the API and verified (as the program office would), its owner's e-mail address
 * confirmed (as the e-mailed link would).
 */
export async function verifiedCompany(t: TestApp, overrides: Partial<RegisterRequest> = {}): Promise<Session> {
  const session = await register(t.http, { kind: 'company', ...overrides });
  await t.dataSource.query(
    `UPDATE organizations SET verification_status = 'verified', verified_at = now() WHERE id = $1`,
    [organizationOf(session)],
  );
  await t.dataSource.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [session.auth.user.id]);
  return session;
}

export const organizationOf = (session: Session): string => session.auth.user.memberships[0].organizationId;

/** The id of a place of the region by name (from the taxonomy migration). */
export async function placeId(t: TestApp, name: string): Promise<number> {
  const rows: { id: number }[] = await t.dataSource.query(`SELECT id FROM places WHERE name = $1 ORDER BY id LIMIT 1`, [
    name,
  ]);
  if (!rows.length) {
    throw new Error(`No place ${name}`);
  }
  return rows[0].id;
}

export function newVacancy(
  organizationId: string,
  placeIdValue: number,
  overrides: Partial<CreateVacancyRequest> = {},
): CreateVacancyRequest {
  return {
    organizationId,
    type: 'bol_internship',
    title: 'Stage lasser MIG/MAG',
    description: 'Je leert lassen in onze werkplaats in Emmen. Je werkt mee aan frames voor landbouwmachines.',
    placeId: placeIdValue,
    levels: ['mbo2', 'mbo3'],
    qualificationCrebos: [],
    skills: [{ skillCode: 'weld.mig', minLevel: 1, importance: 'must' }],
    certificates: ['vca_basic'],
    hoursPerWeek: 32,
    positions: 2,
    ...overrides,
  };
}

/** Creates a vacancy through the API and publishes it; returns its id. */
export async function publishedVacancy(
  t: TestApp,
  company: Session,
  placeIdValue: number,
  overrides: Partial<CreateVacancyRequest> = {},
): Promise<string> {
  const created = await t.http
    .post('/api/vacancies')
    .set('Authorization', bearer(company))
    .send(newVacancy(organizationOf(company), placeIdValue, overrides))
    .expect(201);
  await t.http.post(`/api/vacancies/${created.body.id}/publish`).set('Authorization', bearer(company)).expect(200);
  return created.body.id as string;
}
