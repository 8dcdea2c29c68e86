import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { AppError } from '../../platform/errors/app-error';
import { CommonErrorCode } from '../../platform/errors/common-error-code';
import { REDIS } from '../../platform/redis/redis.module';

export type RateLimitedAction =
  | 'sign-up'
  | 'login'
  | 'refresh'
  | 'accept-invitation'
  | 'request-password-reset'
  | 'reset-password'
  | 'change-password';

/** Fixed-window limits in Redis, so every API instance shares the same counters. */
@Injectable()
export class AuthRateLimiter {
  private readonly limiters = new Map<RateLimitedAction, RateLimiterRedis>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one attempt for each key (e.g. the client IP and the email); throws RATE_LIMITED past the limit. */
  async consume(action: RateLimitedAction, keys: string[]): Promise<void> {
    const limiter = this.limiterFor(action);
    for (const key of keys) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfterSeconds = Math.ceil(rejection.msBeforeNext / 1000);
        throw new AppError(CommonErrorCode.RateLimited, 'Too many attempts; try again later', { retryAfterSeconds });
      }
    }
  }

  private limiterFor(action: RateLimitedAction): RateLimiterRedis {
    let limiter = this.limiters.get(action);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${this.config.redis.prefix}:rate:${action}`,
        points: this.config.auth.rateLimit.points,
        duration: this.config.auth.rateLimit.windowSeconds,
      });
      this.limiters.set(action, limiter);
    }
    return limiter;
  }
}
