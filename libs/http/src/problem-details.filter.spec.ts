import { inspect } from 'node:util';
import { ArgumentsHost, BadRequestException, Logger, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { domainError } from '@promenade/ddd';
import { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { ProblemDetailsFilter } from './problem-details.filter';
import { MalformedJsonBody, RequestValidationFailed } from './validation';

class SomethingConflicting extends domainError('THING_CONFLICT', 'conflict') {}
class SomethingInvalid extends domainError('THING_INVALID', 'invalid') {}
class SomethingMissing extends domainError('THING_NOT_FOUND', 'not_found') {}
class SomethingShort extends domainError('THING_SHORT', 'conflict') {
  override get extensions() {
    return { shortages: [{ sku: 'A', available: 2 }], status: 200, code: 'OVERRIDDEN' };
  }
}

const request = { url: '/api/v1/things/1', method: 'POST', id: 'req-1' } as FastifyRequest;
const filter = new ProblemDetailsFilter();

describe('ProblemDetailsFilter', () => {
  it.each([
    [new SomethingConflicting('taken'), 409, 'THING_CONFLICT', 'Conflict'],
    [new SomethingInvalid('bad'), 422, 'THING_INVALID', 'Unprocessable Entity'],
    [new SomethingMissing('gone'), 404, 'THING_NOT_FOUND', 'Not Found'],
  ])('maps a domain error to its status and keeps its code', (error, status, code, title) => {
    expect(filter.toProblem(error, request)).toEqual({
      type: `https://promenade.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title,
      status,
      detail: error.message,
      instance: '/api/v1/things/1',
      code,
    });
  });

  it("adds a business error's own members beside the standard ones, which they never replace", () => {
    expect(filter.toProblem(new SomethingShort('only 2 of A'), request)).toEqual({
      type: 'https://promenade.dev/problems/thing-short',
      title: 'Conflict',
      status: 409,
      detail: 'only 2 of A',
      instance: '/api/v1/things/1',
      code: 'THING_SHORT',
      shortages: [{ sku: 'A', available: 2 }],
    });
  });

  it('lists field errors of a failed validation', () => {
    const problem = filter.toProblem(new RequestValidationFailed([{ field: 'name', message: 'name must be a string' }]), request);
    expect(problem).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'name', message: 'name must be a string' }],
    });
  });

  it('names malformed JSON', () => {
    expect(filter.toProblem(new MalformedJsonBody('Unexpected end'), request)).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
  });

  it('tells an unknown route from a missing resource', () => {
    expect(filter.toProblem(new NotFoundException('Cannot GET /nope'), request).code).toBe('ROUTE_NOT_FOUND');
    expect(filter.toProblem(new NotFoundException('no such thing'), request).code).toBe('NOT_FOUND');
    expect(filter.toProblem(new BadRequestException('nope'), request).code).toBe('BAD_REQUEST');
  });

  it('hides the details of an unexpected error', () => {
    const problem = filter.toProblem(new Error('relation "secret_table" does not exist at /srv/app.js:12'), request);
    expect(problem).toEqual({
      type: 'https://promenade.dev/problems/internal-error',
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred.',
      instance: '/api/v1/things/1',
      code: 'INTERNAL_ERROR',
    });
  });

  it('names the failing readiness checks instead of hiding them', () => {
    const notReady = new ServiceUnavailableException({ status: 'error', error: { database: { status: 'down' } } });
    expect(filter.toProblem(notReady, request)).toMatchObject({ status: 503, code: 'NOT_READY', detail: 'not ready: database' });
  });

  it('logs a failed query without the values bound to it, but with what helps find the fault', () => {
    const driverError = Object.assign(new Error('null value in column "status" violates not-null constraint'), {
      code: '23502',
      constraint: 'users_status_not_null',
      parameters: ['secret-hash'],
    });
    const failed = new QueryFailedError(
      'INSERT INTO "identity"."users" VALUES ($1, $2)',
      ['someone@example.com', 'secret-hash'],
      driverError,
    );
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      filter.catch(failed, hostOf(request));
      expect(logged).toHaveBeenCalledTimes(1);
      const [fields] = logged.mock.calls[0] as [{ err: object; requestId: string }];
      expect(fields).toMatchObject({
        requestId: 'req-1',
        err: { name: 'QueryFailedError', message: failed.message, stack: failed.stack, code: '23502', constraint: 'users_status_not_null' },
      });
      const everything = inspect(logged.mock.calls, { showHidden: true, depth: null });
      expect(everything).not.toContain('secret-hash');
      expect(everything).not.toContain('someone@example.com');
      expect(everything).not.toContain('INSERT INTO');
    } finally {
      logged.mockRestore();
    }
  });

  it('answers a database that cannot be reached with 503 and when to try again, logged as a warning', () => {
    const lost = new QueryFailedError(
      'SELECT 1',
      [],
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    );
    expect(filter.toProblem(lost, request)).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    const headers = new Map<string, string>();
    const reply = {
      header: (name: string, value: string) => (headers.set(name, value), reply),
      status: () => reply,
      type: () => reply,
      send: () => reply,
    };
    const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }) } as unknown as ArgumentsHost;
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const errored = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      filter.catch(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), host);
      expect(headers.get('retry-after')).toBe('2');
      expect(warned).toHaveBeenCalledTimes(1);
      expect(errored).not.toHaveBeenCalled();
    } finally {
      warned.mockRestore();
      errored.mockRestore();
    }
  });

  it('keeps a framework client error such as an oversized body', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(filter.toProblem(tooLarge, request)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', title: 'Payload Too Large' });
  });
});

/** Just enough of Nest's host and Fastify's reply for `catch` to answer. */
function hostOf(req: FastifyRequest): ArgumentsHost {
  const reply = { header: () => reply, status: () => reply, type: () => reply, send: () => reply } as unknown as FastifyReply;
  return { switchToHttp: () => ({ getRequest: () => req, getResponse: () => reply }) } as unknown as ArgumentsHost;
}
