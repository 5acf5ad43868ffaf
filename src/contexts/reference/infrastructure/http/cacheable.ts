import { applyDecorators, CallHandler, ExecutionContext, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Observable, tap } from 'rxjs';

/** Sets `Cache-Control: public, max-age=…` on a successful answer only: an error is never cached as public. */
class CacheControlInterceptor implements NestInterceptor {
  constructor(private readonly maxAgeSeconds: () => number) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        tap(
          () => void context.switchToHttp().getResponse<FastifyReply>().header('cache-control', `public, max-age=${this.maxAgeSeconds()}`),
        ),
      );
  }
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
 * A public read that clients and proxies may cache for `maxAgeSeconds` (a number, or a function asked on
 * every answer), and revalidate with its ETag (libs/http answers 304 when If-None-Match still matches).
 */
export function Cacheable(maxAgeSeconds: number | (() => number)): MethodDecorator {
  const maxAge = typeof maxAgeSeconds === 'number' ? () => maxAgeSeconds : maxAgeSeconds;
  return applyDecorators(
    UseInterceptors(new CacheControlInterceptor(maxAge)),
    ApiResponse({ status: 304, description: 'Not Modified: `If-None-Match` names the current ETag; no body.' }),
  );
}
