import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { RateLimitRepository } from './rate-limit.repository';

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
  constructor(private readonly counters: RateLimitRepository) {}

  async count(rule: RateLimitRule): Promise<number> {
    const hits = await this.counters.hit(rule.key, rule.windowSeconds);
    if (Math.random() < 0.01) {
      await this.counters.deleteOlderThanADay();
    }
    return hits;
  }

  hits(rule: RateLimitRule): Promise<number> {
    return this.counters.hits(rule.key, rule.windowSeconds);
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
