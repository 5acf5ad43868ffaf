import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { AppConfig } from '@promenade/config';
import { RedisConnection } from '@promenade/platform';
import { FastifyReply } from 'fastify';
import { ResilientThrottlerStorage } from './resilient-throttler.storage';

type CredentialRoute = 'login' | 'register' | 'refresh';
const ROUTES: CredentialRoute[] = ['login', 'register', 'refresh'];
const MINUTE_MS = 60_000;

/** Per client address and route, per minute; counted in Redis when configured so every instance shares the count. */
export function credentialRateLimits(config: AppConfig, redis: RedisConnection): ThrottlerModuleOptions {
  const limits: Record<CredentialRoute, number> = {
    login: config.RATE_LIMIT_LOGIN_PER_MINUTE,
    register: config.RATE_LIMIT_REGISTER_PER_MINUTE,
    refresh: config.RATE_LIMIT_REFRESH_PER_MINUTE,
  };
  return {
    throttlers: ROUTES.map((name) => ({ name, ttl: MINUTE_MS, limit: limits[name] })),
    // The library's storage uses the shared client as given (no client of its own); the circuit decides whether it is asked at all.
    storage: redis.client ? new ResilientThrottlerStorage(new ThrottlerStorageRedisService(redis.client), redis) : undefined,
    // Readable, and under the deployment's prefix like its queues, so deployments sharing a Redis count apart.
    generateKey: (context, tracker, name) =>
      `${config.EVENT_QUEUE_PREFIX}:rate-limit:${name}:${context.getClass().name}.${context.getHandler().name}:${tracker}`,
  };
}

/** Answers 429 with the standard `Retry-After` (the library names it `Retry-After-<throttler>`). */
@Injectable()
export class CredentialThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    void context
      .switchToHttp()
      .getResponse<FastifyReply>()
      .header('retry-after', String(Math.max(1, detail.timeToBlockExpire)));
    return super.throwThrottlingException(context, detail);
  }
}

/** Limits a credential route by its own limit, and by none of the others. */
export function RateLimited(route: CredentialRoute): MethodDecorator {
  const others = Object.fromEntries(ROUTES.filter((name) => name !== route).map((name) => [name, true]));
  return applyDecorators(UseGuards(CredentialThrottlerGuard), SkipThrottle(others));
}
