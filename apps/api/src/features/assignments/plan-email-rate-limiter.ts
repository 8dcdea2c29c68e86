import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { AppError } from '../../platform/errors/app-error';
import { CommonErrorCode } from '../../platform/errors/common-error-code';
import { REDIS } from '../../platform/redis/redis.module';

/** Plan emails a coach may send by hand, per assignment and per recipient, in an hour. */
export const PLAN_EMAILS_PER_HOUR = 3;

/**
 * Counts the plan emails sent by hand (resend, rotate with email) in Redis, so every API instance
 * shares the counters: a coach's double clicks and scripts cannot flood a candidate's inbox.
 */
@Injectable()
export class PlanEmailRateLimiter {
  private readonly limiter: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.redis.prefix}:rate:plan-email`,
      points: PLAN_EMAILS_PER_HOUR,
      duration: 3600,
    });
  }

  /** Counts one email to this recipient about this assignment; throws RATE_LIMITED past the limit. */
  async consume(organizationId: string, assignmentId: string, recipientEmail: string): Promise<void> {
    const keys = [`${organizationId}:assignment:${assignmentId}`, `recipient:${recipientEmail.toLowerCase()}`];
    const refused = await this.firstRefusal(keys);
    if (refused) {
      throw new AppError(CommonErrorCode.RateLimited, 'Too many plan emails for this candidate; try again later', {
        retryAfterSeconds: Math.ceil(refused.msBeforeNext / 1000),
      });
    }
  }

  private async firstRefusal(keys: string[]): Promise<RateLimiterRes | null> {
    for (const key of keys) {
      try {
        await this.limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return rejection;
      }
    }
    return null;
  }
}
