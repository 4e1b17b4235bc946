import type { FastifyInstance } from 'fastify';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, TestApp } from '../testing/test-app';
import { requireWebBuild, WEB_DIST } from '../testing/web-build';

describe('web delivery: compression and caching (HTTP)', () => {
  let t: TestApp;
  let inject: FastifyInstance;

  beforeAll(async () => {
    requireWebBuild();
    t = await startTestApp({ WEB_DIST });
    inject = t.app.getHttpAdapter().getInstance() as FastifyInstance;
  });

  afterAll(async () => {
    await t.close();
  });

  const mainScript = (): string => {
    const name = readdirSync(WEB_DIST).find((file) => /^main-[A-Z0-9]{8}\.js$/.test(file));
    if (!name) {
      throw new Error('No main-<hash>.js in the web build');
    }
    return name;
  };

  it('should send a hashed build file precompressed as brotli or gzip, as accepted, cached for a year', async () => {
    const name = mainScript();
    const plain = readFileSync(join(WEB_DIST, name));

    const br = await inject.inject({ url: `/${name}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload).equals(plain)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(plain.length / 2);

    const gz = await inject.inject({ url: `/${name}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(plain)).toBe(true);

    const identity = await inject.inject({ url: `/${name}` });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.rawPayload.equals(plain)).toBe(true);
  });

  it('should cache hashed fonts for a year and revalidate translations by their ETag', async () => {
    const font = readdirSync(join(WEB_DIST, 'media')).find((file) => file.endsWith('.woff2'));
    const fontResponse = await inject.inject({ url: `/media/${font}` });
    expect(fontResponse.statusCode).toBe(200);
    expect(fontResponse.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const texts = await inject.inject({ url: '/i18n/nl.json', headers: { 'accept-encoding': 'br' } });
    expect(texts.statusCode).toBe(200);
    expect(texts.headers['cache-control']).toBe('no-cache');
    expect(texts.headers['content-encoding']).toBe('br');
    const etag = texts.headers['etag'];
    expect(etag).toBeTruthy();
    const again = await inject.inject({
      url: '/i18n/nl.json',
      headers: { 'accept-encoding': 'br', 'if-none-match': String(etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('should compress API JSON above 1 KiB and leave small answers alone', async () => {
    const large = await inject.inject({ url: '/api/taxonomy/sectors', headers: { 'accept-encoding': 'br, gzip' } });
    expect(large.statusCode).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    expect(large.headers['vary']).toMatch(/accept-encoding/i);
    const sectors = JSON.parse(brotliDecompressSync(large.rawPayload).toString('utf8')) as unknown[];
    expect(sectors.length).toBeGreaterThan(5);

    const gz = await inject.inject({ url: '/api/taxonomy/sectors', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(sectors);

    const small = await inject.inject({ url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('should never ask for the icon font: the build carries no Material Symbols font', () => {
    const files = readdirSync(join(WEB_DIST, 'media'));
    expect(files.filter((file) => /material-symbols|material-icons/i.test(file))).toEqual([]);
  });
});
