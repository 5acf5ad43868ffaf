import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

/** Route metadata read by the interceptor; the OpenAPI extension of the same name is read by documentIdempotencyKeys. */
export const IDEMPOTENCY_KEY_REQUIRED = 'x-idempotency-key-required';

/**
 * The route refuses a request without Idempotency-Key (400 naming the header), instead of running it without
 * one: for a change a blind retry must never repeat, such as a payment. Only on routes that need a bearer token.
 */
export function RequireIdempotencyKey(): MethodDecorator {
  return applyDecorators(SetMetadata(IDEMPOTENCY_KEY_REQUIRED, true), ApiExtension(IDEMPOTENCY_KEY_REQUIRED, true));
}
