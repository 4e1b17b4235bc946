import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

/** The API's settings, read once from the environment and validated at start-up. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** A PostgreSQL server. When unset, the API runs an embedded PGlite database in DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string = undefined;

  /** Where the embedded database keeps its files. */
  @IsString()
  DATA_DIR = '.data/pglite';

  /** Load the demo data into an empty embedded database. Never applies to DATABASE_URL (use `npm run seed`). */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA = true;

  /** Signs access tokens. Required in production; elsewhere a random one is made at start-up. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  /** Origins allowed by CORS, comma separated. Empty: CORS stays closed (the web app is served same-origin). */
  @Transform(toList)
  @IsString({ each: true })
  CORS_ORIGINS: string[] = [];

  /** Trust X-Forwarded-* headers from a proxy in front of the API. */
  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  /** Folder with the built web app, served at /. */
  @IsString()
  WEB_DIST = 'dist/apps/web/browser';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** SMTP server for e-mail (smtp://user:pass@host:port). Unset: e-mails are written to the log instead. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'MAIL_URL must be an smtp:// or smtps:// URL' })
  MAIL_URL?: string = undefined;

  @IsString()
  MAIL_FROM = 'TechZone Match <noreply@techzonematch.nl>';

  /** The address people reach the web app at, for links in e-mails. Default: http://localhost:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL?: string = undefined;

  /** Failed logins allowed per account per window before 429. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_FAILURES_PER_ACCOUNT = 5;

  /** Failed logins allowed per address per window: high, since a whole school may share one address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_FAILURES_PER_ADDRESS = 100;

  /** Registrations allowed per address per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REGISTRATIONS_PER_ADDRESS = 60;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_WINDOW_SECONDS = 900;

  /** Candidates who have not logged in for this many days are erased (their personal data removed). */
  @Transform(toInt)
  @IsInt()
  @Min(30)
  CANDIDATE_RETENTION_DAYS = 730;

  get embedded(): boolean {
    return !this.DATABASE_URL;
  }
}

export class ConfigError extends Error {}

/** Validates the environment; a bad value throws a ConfigError that names the variable. */
/** The address people reach the web app at (links in e-mails, canonical page addresses): PUBLIC_URL, else local. */
export function publicUrl(config: Pick<AppConfig, 'PUBLIC_URL' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Every setting has an initializer, so the instance lists them all (whatever the class-fields emit mode).
  const known = Object.keys(new AppConfig());
  const raw = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    const lines = errors.map(
      (error) =>
        `${error.property}=${JSON.stringify(raw[error.property])}: ${Object.values(error.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET is required when NODE_ENV=production');
  }
  return config;
}
