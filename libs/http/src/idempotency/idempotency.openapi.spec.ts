import { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { problemResponse } from '../api-problems.decorator';
import { documentIdempotencyKeys } from './idempotency.openapi';

describe('documentIdempotencyKeys', () => {
  const bearer = [{ bearer: [] }];
  const document = (): OpenAPIObject => ({
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/orders': {
        post: {
          security: bearer,
          responses: { '201': { description: 'Created.' }, '409': problemResponse(409, ['ORDER_LINE_DUPLICATE']) },
        },
        get: { security: bearer, responses: { '200': { description: 'OK.' } } },
      },
      '/orders/{id}': { patch: { security: bearer, responses: { '200': { description: 'OK.' }, '409': { description: 'Conflict.' } } } },
      '/login': { post: { responses: { '200': { description: 'Tokens.' } } } },
    },
  });

  it('adds the header, the replay header and the problem answers to POST and PATCH operations that need the token', () => {
    const { paths, components } = documentIdempotencyKeys(document());
    const create = paths['/orders'].post!;
    const responses = responsesOf(create);
    expect(create.parameters).toEqual([{ $ref: '#/components/parameters/IdempotencyKey' }]);
    expect(responses['201'].headers).toHaveProperty('Idempotent-Replayed');
    expect(responses['409'].description).toMatch(/Codes: `ORDER_LINE_DUPLICATE`, `IDEMPOTENCY_KEY_IN_USE`\.$/);
    expect(responses['422'].description).toContain('Codes: `IDEMPOTENCY_KEY_REUSED`.');
    expect(responses['400'].description).toContain('`VALIDATION_FAILED`');
    expect(responsesOf(paths['/orders/{id}'].patch!)['409'].description).toBe('Conflict. Codes: `IDEMPOTENCY_KEY_IN_USE`.');
    expect(components!.parameters!.IdempotencyKey).toMatchObject({ name: 'Idempotency-Key', in: 'header', required: false });
  });

  it('makes the header required on an operation marked by @RequireIdempotencyKey(), dropping the marker', () => {
    const marked = document();
    Object.assign(marked.paths['/orders'].post!, { 'x-idempotency-key-required': true });
    const { paths, components } = documentIdempotencyKeys(marked);
    const create = paths['/orders'].post! as OperationObject & Record<string, unknown>;
    expect(create.parameters).toEqual([{ $ref: '#/components/parameters/IdempotencyKeyRequired' }]);
    expect(create['x-idempotency-key-required']).toBeUndefined();
    expect(paths['/orders/{id}'].patch!.parameters).toEqual([{ $ref: '#/components/parameters/IdempotencyKey' }]);
    expect(components!.parameters!.IdempotencyKeyRequired).toMatchObject({ name: 'Idempotency-Key', in: 'header', required: true });
  });

  it('adds the required variant of the header to the components only when an operation needs it', () => {
    expect(documentIdempotencyKeys(document()).components!.parameters).not.toHaveProperty('IdempotencyKeyRequired');
  });

  it('leaves reads and public operations alone', () => {
    const { paths } = documentIdempotencyKeys(document());
    expect(paths['/orders'].get!.parameters).toBeUndefined();
    expect(paths['/login'].post!.parameters).toBeUndefined();
    expect(Object.keys(paths['/login'].post!.responses)).toEqual(['200']);
  });
});

function responsesOf(operation: OperationObject): Record<string, ResponseObject> {
  return operation.responses as Record<string, ResponseObject>;
}
