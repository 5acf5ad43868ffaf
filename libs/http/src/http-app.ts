import { RequestMethod, UnsupportedMediaTypeException } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, servesApi } from '@promenade/config';
import { RequestContext } from '@promenade/platform';
import { useCacheControl } from './cacheable';
import { useDraining } from './draining';
import { useEtags } from './etags';
import { useIdempotentRoutes } from './idempotency';
import { exceededJsonLimit } from './json-limits';
import { ApiInfo, setUpOpenApi } from './openapi';
import { serveOperationsOnly } from './operations-only';
import { PROBLEM_CONTENT_TYPE, problemOf } from './problem-details';
import { ProblemDetailsFilter } from './problem-details.filter';
import { keepRawBody } from './raw-body';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id';
import { useRequestLog } from './request-log';
import { findUnstorableText, mayHoldUnstorableText } from './storable-text';
import { createValidationPipe, JsonTooComplex, MalformedJsonBody, RequestValidationFailed } from './validation';

export const API_PREFIX = 'api/v1';

/** TRUST_PROXY as Fastify takes it: a boolean, a hop count, or the trusted proxies' addresses and CIDRs. */
export function trustProxy(setting: string): boolean | number | string[] {
  if (setting === 'true' || setting === 'false') return setting === 'true';
  if (/^\d+$/.test(setting)) return Number(setting);
  return setting.split(',').map((entry) => entry.trim());
}

/** A body's declared charset, if any, is UTF-8 (JSON's only encoding on the wire, RFC 8259). */
function isUtf8(contentType: string | undefined): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  return charset === undefined || /^utf-?8$/i.test(charset);
}

/** Fastify: about twice Express's throughput in published benchmarks, and its own request ids. */
export function createHttpAdapter(options: { trustProxy?: string } = {}): FastifyAdapter {
  const adapter = new FastifyAdapter({
    genReqId: requestIdOf,
    requestIdHeader: false,
    bodyLimit: 1_048_576,
    // Draining answers problem+json itself (useDraining) instead of Fastify's bare 503.
    return503OnClosing: false,
    // No Express-style middleware: everything per request is a Fastify hook, and @fastify/middie cost every request.
    skipMiddie: true,
    trustProxy: trustProxy(options.trustProxy ?? 'false'),
    // Long enough for any identifier we route on; a longer one reaches validation and gets its 400.
    routerOptions: { maxParamLength: 1_000 },
    // Errors the router raises before any route runs (a malformed %-sequence in the path): problem+json too.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      void reply
        .status(400)
        .type(PROBLEM_CONTENT_TYPE)
        .header(REQUEST_ID_HEADER, request.id)
        .send(problemOf(400, 'MALFORMED_URL', error.message, request.url));
    },
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  useDraining(fastify);
  // JSON only: without a parser for text/plain (Fastify has one by default) such a body answers 415.
  fastify.removeAllContentTypeParsers();
  // Fastify's own JSON parser (with its prototype-poisoning guard), behind depth and size limits checked before
  // parsing, with its failure named for clients; RFC 7396's merge-patch type is JSON by another name.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser(['application/json', 'application/merge-patch+json'], { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    keepRawBody(request, text);
    if (!isUtf8(request.headers['content-type']))
      return done(new UnsupportedMediaTypeException('JSON bodies are read as UTF-8; send charset=utf-8 or none.'), undefined);
    const exceeded = exceededJsonLimit(text);
    if (exceeded) return done(new JsonTooComplex(exceeded), undefined);
    void parseJson(request, text, (error, value) => {
      if (error) return done(new MalformedJsonBody(error.message), undefined);
      const unstorable = mayHoldUnstorableText(text) ? findUnstorableText(value) : undefined;
      return unstorable ? done(new RequestValidationFailed([unstorable]), undefined) : done(null, value);
    });
  });
  // One check for every path and query parameter of every route (bodies are checked as they are parsed):
  // text the database cannot store is refused before validation.
  fastify.addHook('preValidation', async (request) => {
    const unstorable = findUnstorableText(request.params) ?? findUnstorableText(request.query);
    if (unstorable) throw new RequestValidationFailed([unstorable]);
  });
  // Each handler runs inside a RequestContext, so its commands and events carry the request id. Entered by a hook, once
  // the body is parsed (the body arrives in the socket's async context, not the request's), rather than by an interceptor,
  // which Nest wraps in AsyncResource.bind on every request.
  fastify.addHook('preHandler', (request, _reply, done) => RequestContext.run(request.id, done));
  useCacheControl(fastify);
  useEtags(fastify);
  useRequestLog(fastify);
  return adapter;
}

/** Everything HTTP every Promenade app shares: prefix, validation, problem+json errors, idempotency, Swagger. */
export function configureHttpApp(app: NestFastifyApplication, info: ApiInfo): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/{*probe}', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  // Idempotency inside the request context (entered before any handler): its unit of work carries the request's id.
  useIdempotentRoutes(app);
  if (servesApi(app.get(AppConfig))) setUpOpenApi(app, info);
  else serveOperationsOnly(app.getHttpAdapter().getInstance());
}
