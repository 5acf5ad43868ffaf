import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthenticatedRequest, PUBLIC_ROUTE } from '@promenade/auth';
import { UnitOfWork } from '@promenade/persistence';
import { FastifyReply, FastifyRequest } from 'fastify';
import { defer, lastValueFrom, Observable } from 'rxjs';
import { IdempotencyKeyInUse, IdempotencyKeyMissing, IdempotencyKeyReused } from './idempotency.errors';
import { IDEMPOTENCY_KEY_REQUIRED } from './require-idempotency-key.decorator';
import { IdempotencyStore, IdempotentRequest, StoredResponse } from './idempotency.store';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_KEY_METHODS, IDEMPOTENT_REPLAYED_HEADER, idempotencyKeyOf } from './idempotency-key';
import { requestFingerprint } from './request-fingerprint';

/** Headers a route sets itself that a replay must repeat; the rest (Cache-Control from @Header …) the route sets again. */
const REPLAYED_HEADERS = ['location', 'content-location'];

/**
 * Idempotency-Key on every POST and PATCH that needs a signed-in caller. The request becomes one unit
 * of work: the key is locked for its transaction, a response stored under it is replayed, and otherwise
 * the route runs (its commands join this transaction) and its response is stored before the commit.
 * So a change that committed always has its response stored, and a retry after a lost answer (a
 * connection dropped at commit) gets that answer instead of doing the change twice. Failures roll
 * back and store nothing: nothing changed, so a retry runs again. A route with @RequireIdempotencyKey() refuses a
 * request without the header (400). Public routes ignore the header:
 * without a caller there is no one to scope a key to, and their answers (tokens) must not be kept.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly uow: UnitOfWork,
    private readonly store: IdempotencyStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
    if (!IDEMPOTENT_KEY_METHODS.has(request.method) || isPublic || !request.principal || keepsNothing(reply)) return next.handle();
    const key = idempotencyKeyOf(request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()]);
    if (key === undefined) {
      if (this.reflector.get<boolean | undefined>(IDEMPOTENCY_KEY_REQUIRED, context.getHandler())) throw new IdempotencyKeyMissing();
      return next.handle();
    }
    const idempotent = {
      userId: request.principal.userId,
      key,
      fingerprint: requestFingerprint(request.method, request.url, request.body),
    };
    // next.handle() is called inside the unit of work, so the route's commands find and join its transaction.
    return defer(() => this.uow.run(() => this.once(idempotent, reply, next)));
  }

  private async once(request: IdempotentRequest, reply: FastifyReply, next: CallHandler): Promise<unknown> {
    if (!(await this.store.lock(request))) throw new IdempotencyKeyInUse();
    const stored = await this.store.find(request);
    if (stored) {
      if (stored.fingerprint !== request.fingerprint) throw new IdempotencyKeyReused();
      return replay(stored, reply);
    }
    const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
    await this.store.save(request, responseOf(reply, body));
    return body;
  }
}

/** An answer no cache may store (credentials: @NoStore) is not stored here either. */
function keepsNothing(reply: FastifyReply): boolean {
  return /\bno-store\b/i.test(String(reply.getHeader('cache-control') ?? ''));
}

/** The response as the client will receive it: the body serialised as Fastify will (JSON, or a string as text). */
function responseOf(reply: FastifyReply, body: unknown): StoredResponse {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  if (body === undefined) return { status: reply.statusCode, headers, body: null };
  if (typeof body === 'string')
    return { status: reply.statusCode, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }, body };
  return {
    status: reply.statusCode,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}

/** Sends the stored response again; with its content type set, Fastify sends the stored text as it is. */
function replay(stored: StoredResponse, reply: FastifyReply): string | undefined {
  void reply.status(stored.status).headers(stored.headers).header(IDEMPOTENT_REPLAYED_HEADER, 'true');
  return stored.body ?? undefined;
}
