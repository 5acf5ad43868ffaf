import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, ServiceUnavailableException } from '@nestjs/common';
import { DomainError } from '@promenade/ddd';
import { isDatabaseUnavailable } from '@promenade/persistence';
import { FastifyReply, FastifyRequest } from 'fastify';
import { loggableError } from './loggable-error';
import { FieldError, PROBLEM_CONTENT_TYPE, ProblemDetails, problemOf, STATUS_OF_KIND } from './problem-details';
import { JsonTooComplex, MalformedJsonBody, RequestValidationFailed } from './validation';

const CODE_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** What a 503 DATABASE_UNAVAILABLE's Retry-After says: a restart or failover usually takes seconds. */
const DATABASE_RETRY_AFTER_SECONDS = 2;

/** Errors raised by Fastify itself (malformed JSON, body too large) carry a status and an FST_ code. */
interface FrameworkError {
  statusCode: number;
  code?: string;
  message: string;
}

function isFrameworkError(error: unknown): error is FrameworkError {
  const status = (error as FrameworkError | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Turns every error into RFC 9457 problem+json. Known errors keep their message and code;
 * anything unexpected becomes a bare 500 (logged with the request id, never echoed to the client).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = this.toProblem(error, request);
    if (problem.code === 'DATABASE_UNAVAILABLE') {
      // Expected while the database restarts; the client is told when to try again.
      this.logger.warn({ err: loggableError(error), requestId: request.id }, `database unavailable on ${request.method} ${request.url}`);
      void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    } else if (problem.status >= 500 && problem.code !== 'NOT_READY') {
      // Never the error itself: a failed query would bring its bound values (emails, password hashes) along.
      this.logger.error({ err: loggableError(error), requestId: request.id }, `unexpected error on ${request.method} ${request.url}`);
    }
    // RFC 6750: a 401 names the scheme the client should authenticate with.
    if (problem.status === 401) void reply.header('www-authenticate', 'Bearer');
    void reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
  }

  toProblem(error: unknown, request: FastifyRequest): ProblemDetails {
    const instance = request.url;
    if (error instanceof DomainError) {
      return problemOf(STATUS_OF_KIND[error.kind], error.code, error.message, instance, undefined, error.extensions);
    }
    if (error instanceof RequestValidationFailed) {
      return this.problem(400, 'VALIDATION_FAILED', error.message, instance, error.fieldErrors);
    }
    if (error instanceof MalformedJsonBody) {
      return this.problem(400, 'MALFORMED_JSON', `The body is not valid JSON: ${error.message}`, instance);
    }
    if (error instanceof JsonTooComplex) {
      return this.problem(400, error.limit === 'depth' ? 'JSON_TOO_DEEP' : 'JSON_TOO_MANY_VALUES', error.message, instance);
    }
    if (error instanceof ServiceUnavailableException) {
      // Terminus answers a failed readiness check so; say which checks failed rather than hide it as a 500.
      const failing = Object.keys((error.getResponse() as { error?: object }).error ?? {});
      return this.problem(503, 'NOT_READY', `not ready: ${failing.join(', ') || 'unknown'}`, instance);
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const isUnknownRoute = status === 404 && /^Cannot [A-Z]+ /.test(error.message);
      const code = isUnknownRoute ? 'ROUTE_NOT_FOUND' : (CODE_OF_STATUS[status] ?? 'HTTP_ERROR');
      return this.problem(status, code, status >= 500 ? 'An unexpected error occurred.' : error.message, instance);
    }
    if (isDatabaseUnavailable(error)) {
      return this.problem(503, 'DATABASE_UNAVAILABLE', 'The database cannot be reached right now; try again shortly.', instance);
    }
    if (isFrameworkError(error)) {
      return this.problem(error.statusCode, CODE_OF_STATUS[error.statusCode] ?? 'BAD_REQUEST', error.message, instance);
    }
    return this.problem(500, 'INTERNAL_ERROR', 'An unexpected error occurred.', instance);
  }

  private problem(status: number, code: string, detail: string, instance: string, errors?: FieldError[]): ProblemDetails {
    return problemOf(status, code, detail, instance, errors);
  }
}
