import { ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { FastifyRequest } from 'fastify';
import { keepRawBody, RawBody } from './raw-body';

/** The factory Nest runs for a parameter decorated with @RawBody(). */
function rawBodyOf(request: object): string {
  class Probe {
    handle(@RawBody() _body: string): void {}
  }
  const [argument] = Object.values(Reflect.getMetadata(ROUTE_ARGS_METADATA, Probe, 'handle')) as Array<{
    factory: (data: unknown, context: ExecutionContext) => string;
  }>;
  return argument.factory(undefined, { switchToHttp: () => ({ getRequest: () => request }) } as ExecutionContext);
}

describe('RawBody', () => {
  it('gives the body text the parser kept, byte for byte', () => {
    const request = {} as FastifyRequest;
    keepRawBody(request, '{"b": 1,  "a":"é"}');
    expect(rawBodyOf(request)).toBe('{"b": 1,  "a":"é"}');
  });

  it('gives an empty text for a request without a body', () => {
    expect(rawBodyOf({})).toBe('');
  });
});
