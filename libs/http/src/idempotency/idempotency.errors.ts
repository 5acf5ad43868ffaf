import { domainError } from '@promenade/ddd';
import { RequestValidationFailed } from '../validation';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';

/** A request with this key is still running; the client should wait and send the same request again. */
export class IdempotencyKeyInUse extends domainError('IDEMPOTENCY_KEY_IN_USE', 'conflict') {
  constructor() {
    super('A request with this Idempotency-Key is still being processed; retry it once that one has answered');
  }
}

/** The key already answered a different request (another method, path or body): a new request needs a new key. */
export class IdempotencyKeyReused extends domainError('IDEMPOTENCY_KEY_REUSED', 'invalid') {
  constructor() {
    super('This Idempotency-Key was used for a different request (method, path or body); use a new key for a new request');
  }
}

/** A route that must never run twice by a blind retry (@RequireIdempotencyKey) was called without the header. */
export class IdempotencyKeyMissing extends RequestValidationFailed {
  constructor() {
    super([
      {
        field: IDEMPOTENCY_KEY_HEADER,
        message: `${IDEMPOTENCY_KEY_HEADER} is required on this route: one unique value (a UUID) per change`,
      },
    ]);
  }
}
