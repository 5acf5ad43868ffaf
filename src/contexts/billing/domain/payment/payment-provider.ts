import { Money } from '@promenade/ddd';

export const PAYMENT_PROVIDER = Symbol('PaymentProvider');

/** What a provider says of a charge or refund: final, or waiting for the customer (3-D Secure). */
export interface ProviderOutcome {
  status: 'succeeded' | 'failed' | 'requires_action';
  providerReference: string;
  /** Set when `failed`: the provider's reason, short and stable (`card_declined`). */
  failureReason?: string;
}

export interface ChargeRequest {
  paymentId: string;
  /** The provider charges once per key: a repeat answers the first charge's outcome. */
  idempotencyKey: string;
  token: string;
  amount: Money;
}

export interface RefundRequest {
  paymentId: string;
  idempotencyKey: string;
  providerReference: string;
  amount: Money;
}

/** A provider's notification, once its signature and age are checked. */
export interface WebhookEvent {
  /** The provider's event id: each is acted on once. */
  id: string;
  type: 'payment.succeeded' | 'payment.failed';
  providerReference: string;
  failureReason?: string;
}

/**
 * A payment provider, behind one port so the sandbox and a real one are interchangeable (PAYMENT_PROVIDER).
 * Every call may throw PaymentProviderTimeout: the provider did not answer in time and may still act on it.
 */
export interface PaymentProvider {
  /** The name it is configured and its webhooks are addressed by (`/billing/webhooks/<name>`). */
  readonly name: string;
  charge(request: ChargeRequest): Promise<ProviderOutcome>;
  refund(request: RefundRequest): Promise<ProviderOutcome>;
  /** What became of the charge made with this idempotency key; `unknown` when the provider never received it. */
  status(idempotencyKey: string): Promise<ProviderOutcome | 'unknown'>;
  /** Checks the signature and the timestamp (at most 5 minutes old); throws WebhookRejected otherwise. */
  verifyWebhook(headers: Readonly<Record<string, string | string[] | undefined>>, rawBody: string): WebhookEvent;
}

/** The provider did not answer within PAYMENT_PROVIDER_TIMEOUT_MS: the outcome is unknown, not a failure. */
export class PaymentProviderTimeout extends Error {
  constructor(operation: string, timeoutMs: number) {
    super(`the payment provider did not answer ${operation} within ${timeoutMs} ms`);
    this.name = 'PaymentProviderTimeout';
  }
}

/** A webhook that is not the provider's, or is too old to trust; `header` names what was wrong. */
export class WebhookRejected extends Error {
  constructor(
    readonly header: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'WebhookRejected';
  }
}
