import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';
import { EmbeddedDatabase, startEmbeddedDatabase } from '../database/embedded-database';

describe('the app without DATABASE_URL (embedded PGlite)', () => {
  let embedded: EmbeddedDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
    expect(config.embedded).toBe(true);
    embedded = await startEmbeddedDatabase('memory://');
    app = await createApp(config, embedded.url);
    await app.get(DataSource).runMigrations();
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
    await embedded.stop();
  });

  it('should answer 200 from /api/health with the database up', async () => {
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', embedded: true });
  });

  it('should serve the OpenAPI document with the auth routes', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/health']));
  });

  it('should send security headers and a request id', async () => {
    const response = await request(app.getHttpServer()).get('/api/health').set('x-request-id', 'abc-123');
    expect(response.headers['x-request-id']).toBe('abc-123');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("object-src 'none'");
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+; includeSubDomains/);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('should answer an unknown API path with the JSON error shape', async () => {
    const response = await request(app.getHttpServer()).get('/api/nothing-here').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect(response.body.requestId).toBeDefined();
  });
});
