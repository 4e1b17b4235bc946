import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RateLimitRule {
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL, shared by every API replica. `count` adds a hit, `exceeded` only looks.
 * Old windows are removed now and then by the same statements that write them.
 */
@Injectable()
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  async count(rule: RateLimitRule): Promise<number> {
    const rows: { hits: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters (key, window_start, hits)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING hits`,
      [rule.key, rule.windowSeconds],
    );
    if (Math.random() < 0.01) {
      await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'`);
    }
    return rows[0].hits;
  }

  async hits(rule: RateLimitRule): Promise<number> {
    const rows: { hits: number }[] = await this.dataSource.query(
      `SELECT hits FROM rate_limit_counters
       WHERE key = $1 AND window_start = to_timestamp(floor(extract(epoch FROM now()) / $2) * $2)`,
      [rule.key, rule.windowSeconds],
    );
    return rows[0]?.hits ?? 0;
  }

  /** Throws 429 when any rule has already reached its limit. */
  async assertBelow(rules: RateLimitRule[]): Promise<void> {
    for (const rule of rules) {
      if ((await this.hits(rule)) >= rule.limit) {
        throw new TooManyRequestsException(rule.windowSeconds);
      }
    }
  }
}

export class TooManyRequestsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many attempts. Wait a while and try again.', HttpStatus.TOO_MANY_REQUESTS);
  }
}
