import { domainError } from '@promenade/ddd';

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
