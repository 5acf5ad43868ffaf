import { Money } from '@promenade/ddd';
import { PaymentProvider, PaymentProviderTimeout } from '../../domain/payment/payment-provider';
import { TimeLimitedPaymentProvider } from './time-limited.payment-provider';

describe('TimeLimitedPaymentProvider', () => {
  const request = { paymentId: 'p', idempotencyKey: 'k', token: 't', amount: Money.of(1, 'EUR') };
  const answered = { status: 'succeeded' as const, providerReference: 'ch_1' };

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function limited(charge: PaymentProvider['charge']): TimeLimitedPaymentProvider {
    const provider = { name: 'sandbox', charge, refund: jest.fn(), status: jest.fn(), verifyWebhook: jest.fn() } as PaymentProvider;
    return new TimeLimitedPaymentProvider(provider, 100);
  }

  it('passes an answer within the time through, under the provider name', async () => {
    const provider = limited(() => Promise.resolve(answered));
    expect(provider.name).toBe('sandbox');
    await expect(provider.charge(request)).resolves.toEqual(answered);
  });

  it('gives up with PaymentProviderTimeout when the provider does not answer in time', async () => {
    const charging = limited(() => new Promise(() => undefined)).charge(request);
    const outcome = expect(charging).rejects.toBeInstanceOf(PaymentProviderTimeout);
    await jest.advanceTimersByTimeAsync(100);
    await outcome;
  });
});
