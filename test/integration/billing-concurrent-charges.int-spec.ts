import { Money } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { ChargeInvoice } from '../../src/contexts/billing/application/charge-invoice/charge-invoice.command';
import { CreateInvoice } from '../../src/contexts/billing/application/create-invoice/create-invoice.command';
import { CreatePaymentMethod } from '../../src/contexts/billing/application/create-payment-method/create-payment-method.command';
import { IssueInvoice } from '../../src/contexts/billing/application/issue-invoice/issue-invoice.command';
import { RefundPayment } from '../../src/contexts/billing/application/refund-payment/refund-payment.command';
import { PAYMENT_PROVIDER, PaymentProvider } from '../../src/contexts/billing/domain/payment/payment-provider';
import { AppContextOnPostgres, startAppContextOnPostgres } from '../support/app-context';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

/**
 * Charges and refunds sent at once on the real PostgreSQL, with a pool of several connections: the invoice (for a charge)
 * and the payment (for a refund) are locked before the provider is asked, so the second waits and then finds nothing left.
 */
describe('concurrent charges and refunds on PostgreSQL', () => {
  let service: AppContextOnPostgres;
  let commands: TransactionalCommandBus;
  let provider: PaymentProvider;

  beforeAll(async () => {
    service = await startAppContextOnPostgres({ PAYMENT_WEBHOOK_SECRET: 'integration-webhook-secret-of-32-characters-or-more' });
    commands = service.app.get(TransactionalCommandBus);
    provider = service.app.get<PaymentProvider>(PAYMENT_PROVIDER);
  }, 120_000);

  afterAll(() => service?.close());

  afterEach(() => jest.restoreAllMocks());

  /** A fresh issued 10.00 EUR invoice and a card that pays at once. */
  async function invoiceAndCard(): Promise<{ invoiceId: string; methodId: string }> {
    const lines = [{ description: 'Consulting', quantity: 1, unitPrice: { amount: 1000, currency: 'EUR' }, taxRate: 0 }];
    const invoiceId = await commands.execute(new CreateInvoice({ customerId: CUSTOMER, currency: 'EUR', lines }));
    await commands.execute(new IssueInvoice(invoiceId));
    return { invoiceId, methodId: await commands.execute(new CreatePaymentMethod(CUSTOMER, 'pm_card_ok', 'Visa')) };
  }

  const codesOf = (results: PromiseSettledResult<unknown>[]) =>
    results.map((result) => (result.status === 'fulfilled' ? 'ok' : (result.reason as { code?: string }).code)).sort();

  it('charges an invoice once for two payments of all of it sent at once under different keys', async () => {
    const { invoiceId, methodId } = await invoiceAndCard();
    const charge = jest.spyOn(provider, 'charge');

    const results = await Promise.allSettled(
      ['a', 'b'].map((key) => commands.execute(new ChargeInvoice(invoiceId, methodId, `${key}:${invoiceId}`))),
    );

    expect(codesOf(results)).toEqual(['INVOICE_NOT_PAYABLE', 'ok']);
    expect(charge).toHaveBeenCalledTimes(1);
    const { rows } = await service.observer.query('SELECT status FROM billing.payments WHERE invoice_id = $1', [invoiceId]);
    expect(rows).toEqual([{ status: 'succeeded' }]);
  });

  it('refunds a payment once for two refunds of all of it sent at once', async () => {
    const { invoiceId, methodId } = await invoiceAndCard();
    const { paymentId } = await commands.execute(new ChargeInvoice(invoiceId, methodId, `pay:${invoiceId}`));
    const refund = jest.spyOn(provider, 'refund');

    const results = await Promise.allSettled(
      ['a', 'b'].map((key) => commands.execute(new RefundPayment(paymentId, key, Money.of(1000, 'EUR')))),
    );

    expect(codesOf(results)).toEqual(['REFUND_EXCEEDS_CAPTURED', 'ok']);
    expect(refund).toHaveBeenCalledTimes(1);
    const { rows } = await service.observer.query('SELECT refunded_amount FROM billing.payments WHERE id = $1', [paymentId]);
    expect(rows).toEqual([{ refunded_amount: '1000' }]);
  });
});
