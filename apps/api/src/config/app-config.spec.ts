import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('should apply the defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.embedded).toBe(true);
    expect(config.CORS_ORIGINS).toEqual([]);
  });

  it('should read typed values from strings', () => {
    const config = loadConfig({ PORT: '8080', DEMO_DATA: 'false', CORS_ORIGINS: 'https://a.nl, https://b.nl' });
    expect(config.PORT).toBe(8080);
    expect(config.DEMO_DATA).toBe(false);
    expect(config.CORS_ORIGINS).toEqual(['https://a.nl', 'https://b.nl']);
  });

  it('should use a PostgreSQL server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/techzone' });
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/techzone');
    expect(config.embedded).toBe(false);
  });

  it('should stop with a message that names a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('should require a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });
});
