import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { ChargeInvoiceMessage } from '../../contracts';
import { PaymentFailed } from '../../domain/events/payment-failed.event';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { AcceptedMessagesFixture } from '../testing/accepted-messages-fixture';
import { ADA, BOB } from '../testing/payment-fixture';
import { ChargeInvoiceOnMessage } from './charge-invoice.on-message';

const KEY = 'order:0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170:charge';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';

describe('ChargeInvoiceOnMessage', () => {
  let fixture: AcceptedMessagesFixture;
  let handler: ChargeInvoiceOnMessage;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    fixture = new AcceptedMessagesFixture();
    handler = new ChargeInvoiceOnMessage(fixture.bus);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
  });

  afterEach(() => warn.mockRestore());

  /** Ada's invoice of 10.00 and her card, then the message charging it with `paymentMethodId` (her card by default). */
  async function charging(paymentMethodId?: string, idempotencyKey = KEY) {
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    const card = await fixture.method(ADA);
    fixture.invoices.published.splice(0);
    const message = new ChargeInvoiceMessage({ invoiceId: invoice.id, paymentMethodId: paymentMethodId ?? card.id, idempotencyKey });
    return { invoice, card, message };
  }

  const failureReasons = () =>
    fixture.payments.published.filter((e): e is PaymentFailed => e instanceof PaymentFailed).map((e) => e.payload.reason);

  it('accepts billing.charge-invoice under its stable id', () => {
    expect(eventHandlerOf(ChargeInvoiceOnMessage)).toEqual({ id: 'billing.charge-invoice-on-message', events: [ChargeInvoiceMessage] });
  });

  it('charges the open amount under the given key and ends in payment-succeeded, the invoice paid', async () => {
    const { invoice, card, message } = await charging();
    await handler.handle(message);

    expect(fixture.provider.charges).toEqual([expect.objectContaining({ idempotencyKey: KEY, token: card.token })]);
    expect(fixture.events()).toEqual(['billing.invoice-paid', 'billing.payment-succeeded']);
    expect((await fixture.invoices.getById(invoice.id)).status).toBe('paid');
  });

  it("ends a decline in payment-failed with the provider's reason", async () => {
    fixture.provider.chargeAnswer = { status: 'failed', providerReference: 'ch_2', failureReason: 'card_declined' };
    const { message } = await charging();
    await handler.handle(message);

    expect(failureReasons()).toEqual(['card_declined']);
    expect(fixture.events()).toEqual(['billing.payment-failed']);
  });

  it('publishes nothing yet for 3-D Secure (the webhook settles it) nor for an unanswered charge (its reconciliation does)', async () => {
    fixture.provider.chargeAnswer = { status: 'requires_action', providerReference: 'ch_3' };
    await handler.handle((await charging(undefined, 'k-3ds')).message);
    expect(fixture.events()).toEqual([]);

    fixture.provider.chargeAnswer = 'timeout';
    await handler.handle((await charging(undefined, 'k-timeout')).message);
    expect(fixture.events()).toEqual(['billing.payment-reconciliation-due']);
  });

  it('does nothing more for a repeat under the same key: the provider is asked once', async () => {
    const { message } = await charging();
    await handler.handle(message);
    fixture.events();
    await handler.handle(message);

    expect(fixture.events()).toEqual([]);
    expect(fixture.provider.charges).toHaveLength(1);
  });

  describe('a refusal: a failed payment whose reason is its code, never an error', () => {
    it.each([
      { what: 'an unknown method', code: 'PAYMENT_METHOD_NOT_FOUND', methodOf: async () => UNKNOWN },
      { what: "another customer's method", code: 'PAYMENT_METHOD_NOT_FOUND', methodOf: async () => (await fixture.method(BOB)).id },
      {
        what: 'a method of another provider',
        code: 'PAYMENT_METHOD_UNUSABLE',
        methodOf: async () => {
          const other = PaymentMethod.create({ customerId: ADA, provider: 'acme', token: 'tok_1', label: 'Old card' }, fixture.clock.now());
          await fixture.methods.save(other);
          return other.id;
        },
      },
    ])('refuses $what as $code', async ({ methodOf, code }) => {
      const { invoice, message } = await charging(await methodOf());
      await handler.handle(message);

      expect(failureReasons()).toEqual([code]);
      expect(fixture.events()).toEqual(['billing.payment-failed']);
      const payment = await fixture.payments.findByIdempotencyKey(KEY);
      expect(payment?.snapshot()).toMatchObject({ invoiceId: invoice.id, customerId: ADA, status: 'failed', failureReason: code });
      expect(fixture.provider.charges).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`charge ${KEY} of invoice ${invoice.id} refused`));
    });

    it('refuses a void or paid invoice (INVOICE_NOT_PAYABLE) and one a payment in flight covers (INVOICE_PAYMENT_OPEN)', async () => {
      const voided = await charging(undefined, 'k-void');
      const invoice = await fixture.invoices.getById(voided.invoice.id);
      invoice.void(fixture.clock.now());
      await fixture.invoices.save(invoice);
      await handler.handle(voided.message);

      const paid = await charging(undefined, 'k-paid-1');
      await handler.handle(paid.message);
      await handler.handle(new ChargeInvoiceMessage({ ...paid.message.payload, idempotencyKey: 'k-paid-2' }));

      fixture.provider.chargeAnswer = { status: 'requires_action', providerReference: 'ch_3' };
      const open = await charging(undefined, 'k-open-1');
      await handler.handle(open.message);
      await handler.handle(new ChargeInvoiceMessage({ ...open.message.payload, idempotencyKey: 'k-open-2' }));

      expect(failureReasons()).toEqual(['INVOICE_NOT_PAYABLE', 'INVOICE_NOT_PAYABLE', 'INVOICE_PAYMENT_OPEN']);
      expect(fixture.provider.charges.map((charge) => charge.idempotencyKey)).toEqual(['k-paid-1', 'k-open-1']);
    });

    it('does nothing more for a repeat of a refused charge', async () => {
      const { message } = await charging(UNKNOWN);
      await handler.handle(message);
      fixture.events();
      await handler.handle(message);

      expect(fixture.events()).toEqual([]);
      expect(fixture.payments.all()).toHaveLength(1);
    });
  });

  it("throws what is no refusal: an unknown invoice is the sender's fault, a technical error is retried", async () => {
    await expect(
      handler.handle(new ChargeInvoiceMessage({ invoiceId: UNKNOWN, paymentMethodId: UNKNOWN, idempotencyKey: KEY })),
    ).rejects.toMatchObject({
      code: 'INVOICE_NOT_FOUND',
    });
    const { message } = await charging();
    jest.spyOn(fixture.provider, 'charge').mockRejectedValueOnce(new Error('connection reset'));
    await expect(handler.handle(message)).rejects.toThrow('connection reset');
    expect(fixture.payments.all()).toEqual([]);
  });
});
