import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** rate_limit_counters: one row per key and fixed window (the window's start, `windowSeconds` long). */
@Injectable()
export class RateLimitRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds a hit to the key's current window; the window's hits after it. */
  async hit(key: string, windowSeconds: number): Promise<number> {
    const rows: { hits: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters (key, window_start, hits)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING hits`,
      [key, windowSeconds],
    );
    return rows[0].hits;
  }

  /** The hits of the key's current window. */
  async hits(key: string, windowSeconds: number): Promise<number> {
    const rows: { hits: number }[] = await this.dataSource.query(
      `SELECT hits FROM rate_limit_counters
       WHERE key = $1 AND window_start = to_timestamp(floor(extract(epoch FROM now()) / $2) * $2)`,
      [key, windowSeconds],
    );
    return rows[0]?.hits ?? 0;
  }

  async deleteOlderThanADay(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'`);
  }
}
