import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { AppError } from '../../platform/errors/app-error';
import { CommonErrorCode } from '../../platform/errors/common-error-code';
import { REDIS } from '../../platform/redis/redis.module';

/**
 * Limits link guessing: only failed lookups count, so a candidate using a real link is never
 * slowed down, while a client trying tokens is stopped for a minute after a few misses.
 */
@Injectable()
export class CandidateLinkRateLimiter {
  private readonly failures: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.failures = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.redis.prefix}:rate:plan-link-miss`,
      points: config.candidateLinks.failedLookupsPerMinute,
      duration: 60,
    });
  }

  async assertNotBlocked(clientIp: string): Promise<void> {
    const state = await this.failures.get(clientIp);
    if (state && state.remainingPoints <= 0) {
      throw new AppError(CommonErrorCode.RateLimited, 'Too many attempts; try again later', {
        retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000),
      });
    }
  }

  async recordMiss(clientIp: string): Promise<void> {
    await this.failures.penalty(clientIp, 1);
  }
}
