import {
  ChargeRequest,
  PaymentProvider,
  PaymentProviderTimeout,
  ProviderOutcome,
  RefundRequest,
  WebhookEvent,
  WebhookRejected,
} from '../../domain/payment/payment-provider';

type Answer<T> = T | 'timeout';

/** A provider a unit test scripts: what it answers (or that it times out), and every call it received. */
export class FakePaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';
  readonly charges: ChargeRequest[] = [];
  readonly refunds: RefundRequest[] = [];
  chargeAnswer: Answer<ProviderOutcome> = { status: 'succeeded', providerReference: 'ch_1' };
  refundAnswer: Answer<ProviderOutcome> = { status: 'succeeded', providerReference: 're_1' };
  statusAnswer: Answer<ProviderOutcome | 'unknown'> = 'unknown';
  /** What verifyWebhook makes of any webhook: this event, or this refusal. */
  webhook: WebhookEvent | WebhookRejected = { id: 'evt_1', type: 'payment.succeeded', providerReference: 'ch_1' };

  async charge(request: ChargeRequest): Promise<ProviderOutcome> {
    this.charges.push(request);
    return answered(this.chargeAnswer);
  }

  async refund(request: RefundRequest): Promise<ProviderOutcome> {
    this.refunds.push(request);
    return answered(this.refundAnswer);
  }

  async status(): Promise<ProviderOutcome | 'unknown'> {
    return answered(this.statusAnswer);
  }

  verifyWebhook(): WebhookEvent {
    if (this.webhook instanceof WebhookRejected) throw this.webhook;
    return this.webhook;
  }
}

function answered<T>(answer: Answer<T>): T {
  if (answer === 'timeout') throw new PaymentProviderTimeout('a call', 10);
  return answer;
}
