import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiResponse } from '@nestjs/swagger';
import { FastifyInstance } from 'fastify';

/** What @Cacheable leaves in the Fastify route's config for the hook below. */
interface CacheableRouteConfig {
  cacheMaxAgeSeconds?: () => number;
}

/** How the OK answer of a cacheable read documents its caching headers (spread into `@ApiOkResponse`). */
export const CACHE_HEADERS = {
  ETag: {
    description: 'A hash of the body. Send it back in `If-None-Match` to get 304 while the data are unchanged.',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description: 'public, max-age=<seconds>: how long clients and proxies may reuse the answer.',
    schema: { type: 'string' },
  },
};

/**
 * A public read that clients and proxies may cache for `maxAgeSeconds` (a number, or a function asked on every answer),
 * and revalidate with its ETag (useEtags answers 304 while If-None-Match still matches). Kept in the Fastify route's
 * config rather than a Nest interceptor, so a cacheable read pays one header, not an interceptor chain.
 */
export function Cacheable(maxAgeSeconds: number | (() => number)): MethodDecorator {
  const config: CacheableRouteConfig = { cacheMaxAgeSeconds: typeof maxAgeSeconds === 'number' ? () => maxAgeSeconds : maxAgeSeconds };
  return applyDecorators(
    RouteConfig(config),
    ApiResponse({ status: 304, description: 'Not Modified: `If-None-Match` names the current ETag; no body.' }),
  );
}

/** `Cache-Control: public, max-age=…` on a @Cacheable route's successful answer only: an error is never cached as public. */
export function useCacheControl(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const maxAge = (request.routeOptions.config as CacheableRouteConfig).cacheMaxAgeSeconds;
    if (maxAge && reply.statusCode >= 200 && reply.statusCode < 300) void reply.header('cache-control', `public, max-age=${maxAge()}`);
    done(null, payload);
  });
}
