import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyRequest } from 'fastify';

const RAW_BODY = Symbol('rawBody');

type WithRawBody = FastifyRequest & { [RAW_BODY]?: string };

/** Kept by the JSON parser beside the parsed body (the text it parsed anyway: nothing is copied). */
export function keepRawBody(request: FastifyRequest, text: string): void {
  (request as WithRawBody)[RAW_BODY] = text;
}

/**
 * The request body exactly as sent (UTF-8 text), for a route that checks a signature over it (a provider's
 * webhook): re-serialising the parsed JSON would not give back the same bytes. Empty when there was no body.
 */
export const RawBody = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  return context.switchToHttp().getRequest<WithRawBody>()[RAW_BODY] ?? '';
});
