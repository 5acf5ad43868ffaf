import { InvoicePaid } from '../../domain/events/invoice-paid.event';
import { PaymentFailed } from '../../domain/events/payment-failed.event';
import { PaymentReconciliationDue } from '../../domain/events/payment-reconciliation-due.event';
import { PaymentSucceeded } from '../../domain/events/payment-succeeded.event';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { ADA, BOB, eur, PaymentFixture } from '../testing/payment-fixture';
import { ChargeInvoice } from './charge-invoice.command';
import { ChargeInvoiceHandler } from './charge-invoice.handler';

describe('ChargeInvoiceHandler', () => {
  let fixture: PaymentFixture;
  let handler: ChargeInvoiceHandler;

  beforeEach(() => {
    fixture = new PaymentFixture();
    handler = new ChargeInvoiceHandler(
      fixture.invoices,
      fixture.methods,
      fixture.payments,
      fixture.provider,
      fixture.clock,
      fixture.config,
    );
  });

  async function charged(amountMinor?: number, key = 'key-1') {
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    const method = await fixture.method(ADA);
    const result = await handler.execute(
      new ChargeInvoice(invoice.id, method.id, key, amountMinor === undefined ? undefined : eur(amountMinor)),
    );
    return { invoice: await fixture.invoices.getById(invoice.id), method, result };
  }

  it('charges the open amount by default; success pays the invoice in the same unit of work', async () => {
    const { invoice, method, result } = await charged();
    expect(result).toEqual({ paymentId: expect.any(String), status: 'succeeded', failureReason: null });
    expect(fixture.provider.charges).toEqual([
      { paymentId: result.paymentId, idempotencyKey: 'key-1', token: method.token, amount: eur(1000) },
    ]);
    expect(invoice.status).toBe('paid');
    expect(fixture.payments.published).toEqual([expect.any(PaymentSucceeded)]);
    expect(fixture.invoices.published).toContainEqual(expect.any(InvoicePaid));
  });

  it('locks the invoice before it counts the open payments and asks the provider, never reading it unlocked', async () => {
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    const method = await fixture.method(ADA);
    const [lock, read, open, charge] = [
      jest.spyOn(fixture.invoices, 'lockById'),
      jest.spyOn(fixture.invoices, 'getById'),
      jest.spyOn(fixture.payments, 'findOpenByInvoice'),
      jest.spyOn(fixture.provider, 'charge'),
    ];
    await handler.execute(new ChargeInvoice(invoice.id, method.id, 'key-1'));
    expect(lock).toHaveBeenCalledWith(invoice.id, undefined);
    expect(read).not.toHaveBeenCalled();
    expect(lock.mock.invocationCallOrder[0]).toBeLessThan(open.mock.invocationCallOrder[0]);
    expect(open.mock.invocationCallOrder[0]).toBeLessThan(charge.mock.invocationCallOrder[0]);
  });

  it('takes a part of the open amount: the invoice is then partially paid', async () => {
    const { invoice } = await charged(400);
    expect(invoice.status).toBe('partially_paid');
    expect(invoice.openAmount.equals(eur(600))).toBe(true);
  });

  it('refuses more than the open amount before the provider is asked (PAYMENT_EXCEEDS_BALANCE)', async () => {
    await expect(charged(1001)).rejects.toMatchObject({ code: 'PAYMENT_EXCEEDS_BALANCE' });
    expect(fixture.provider.charges).toEqual([]);
  });

  it.each(['timeout', { status: 'requires_action', providerReference: 'ch_3' }] as const)(
    'refuses a second charge while the first (%p) is open (INVOICE_PAYMENT_OPEN), asking the provider once',
    async (firstAnswer) => {
      fixture.provider.chargeAnswer = firstAnswer;
      const { invoice, method } = await charged();
      fixture.provider.chargeAnswer = { status: 'succeeded', providerReference: 'ch_4' };
      await expect(handler.execute(new ChargeInvoice(invoice.id, method.id, 'key-2'))).rejects.toMatchObject({
        code: 'INVOICE_PAYMENT_OPEN',
      });
      expect(fixture.provider.charges).toHaveLength(1);
    },
  );

  it('charges only what an open payment leaves: the rest by default, never more (PAYMENT_EXCEEDS_BALANCE)', async () => {
    fixture.provider.chargeAnswer = 'timeout';
    const { invoice, method } = await charged(400);
    fixture.provider.chargeAnswer = { status: 'succeeded', providerReference: 'ch_4' };
    await expect(handler.execute(new ChargeInvoice(invoice.id, method.id, 'key-2', eur(601)))).rejects.toMatchObject({
      code: 'PAYMENT_EXCEEDS_BALANCE',
    });
    const rest = await handler.execute(new ChargeInvoice(invoice.id, method.id, 'key-3'));
    expect((await fixture.payments.getById(rest.paymentId)).amount.equals(eur(600))).toBe(true);
  });

  it('saves a declined charge as failed with the reason, leaving the invoice unpaid', async () => {
    fixture.provider.chargeAnswer = { status: 'failed', providerReference: 'ch_2', failureReason: 'card_declined' };
    const { invoice, result } = await charged();
    expect(result).toMatchObject({ status: 'failed', failureReason: 'card_declined' });
    expect(invoice.status).toBe('issued');
    expect(fixture.payments.published).toEqual([expect.any(PaymentFailed)]);
  });

  it('leaves a 3-D Secure charge requiring action, the invoice unpaid', async () => {
    fixture.provider.chargeAnswer = { status: 'requires_action', providerReference: 'ch_3' };
    const { invoice, result } = await charged();
    expect(result.status).toBe('requires_action');
    expect((await fixture.payments.getById(result.paymentId)).providerReference).toBe('ch_3');
    expect(invoice.status).toBe('issued');
  });

  it('keeps an unanswered charge pending and schedules its reconciliation', async () => {
    fixture.provider.chargeAnswer = 'timeout';
    const { result } = await charged();
    expect(result.status).toBe('pending');
    const [due] = fixture.payments.published;
    expect(due).toBeInstanceOf(PaymentReconciliationDue);
    expect(due.metadata.deliverAt).toBe('2026-01-01T00:01:00.000Z');
  });

  it('answers the first payment for a repeated idempotency key, asking the provider once', async () => {
    const { invoice, method, result } = await charged(400);
    const again = await handler.execute(new ChargeInvoice(invoice.id, method.id, 'key-1', eur(400)));
    expect(again).toEqual(result);
    expect(fixture.provider.charges).toHaveLength(1);
  });

  it("refuses another customer's invoice to a caller limited to their own, and a method not of the invoice's customer", async () => {
    const invoice = await fixture.issuedInvoice(ADA);
    const adas = await fixture.method(ADA);
    const bobs = await fixture.method(BOB);
    await expect(handler.execute(new ChargeInvoice(invoice.id, adas.id, 'k1', undefined, BOB))).rejects.toMatchObject({
      code: 'INVOICE_NOT_FOUND',
    });
    await expect(handler.execute(new ChargeInvoice(invoice.id, bobs.id, 'k2'))).rejects.toMatchObject({ code: 'PAYMENT_METHOD_NOT_FOUND' });
    expect(fixture.provider.charges).toEqual([]);
  });

  it('refuses a method saved with another provider (PAYMENT_METHOD_UNUSABLE)', async () => {
    const invoice = await fixture.issuedInvoice(ADA);
    const other = PaymentMethod.create({ customerId: ADA, provider: 'acme', token: 'tok_1', label: 'Old card' }, fixture.clock.now());
    await fixture.methods.save(other);
    await expect(handler.execute(new ChargeInvoice(invoice.id, other.id, 'k'))).rejects.toMatchObject({ code: 'PAYMENT_METHOD_UNUSABLE' });
  });

  it('refuses a paid invoice (INVOICE_NOT_PAYABLE)', async () => {
    const { invoice, method } = await charged();
    await expect(handler.execute(new ChargeInvoice(invoice.id, method.id, 'key-2'))).rejects.toMatchObject({ code: 'INVOICE_NOT_PAYABLE' });
  });
});
