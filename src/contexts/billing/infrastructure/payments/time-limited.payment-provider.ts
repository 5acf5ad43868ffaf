import {
  ChargeRequest,
  PaymentProvider,
  PaymentProviderTimeout,
  ProviderOutcome,
  RefundRequest,
  WebhookEvent,
} from '../../domain/payment/payment-provider';

/** Any provider, with every call bounded by PAYMENT_PROVIDER_TIMEOUT_MS: past it, PaymentProviderTimeout (the call may still land). */
export class TimeLimitedPaymentProvider implements PaymentProvider {
  constructor(
    private readonly provider: PaymentProvider,
    private readonly timeoutMs: number,
  ) {}

  get name(): string {
    return this.provider.name;
  }

  charge(request: ChargeRequest): Promise<ProviderOutcome> {
    return this.limited('a charge', this.provider.charge(request));
  }

  refund(request: RefundRequest): Promise<ProviderOutcome> {
    return this.limited('a refund', this.provider.refund(request));
  }

  status(idempotencyKey: string): Promise<ProviderOutcome | 'unknown'> {
    return this.limited('a status request', this.provider.status(idempotencyKey));
  }

  verifyWebhook(headers: Readonly<Record<string, string | string[] | undefined>>, rawBody: string): WebhookEvent {
    return this.provider.verifyWebhook(headers, rawBody);
  }

  private limited<T>(operation: string, answer: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PaymentProviderTimeout(operation, this.timeoutMs)), this.timeoutMs);
    });
    return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }
}
