import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { RefundInvoiceMessage } from '../../contracts';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { ChargeInvoice } from '../charge-invoice/charge-invoice.command';
import { RefundPayment } from '../refund-payment/refund-payment.command';
import { AcceptedMessagesFixture } from '../testing/accepted-messages-fixture';
import { ADA, eur } from '../testing/payment-fixture';
import { RefundInvoiceOnMessage } from './refund-invoice.on-message';

describe('RefundInvoiceOnMessage', () => {
  let fixture: AcceptedMessagesFixture;
  let handler: RefundInvoiceOnMessage;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    fixture = new AcceptedMessagesFixture();
    handler = new RefundInvoiceOnMessage(fixture.bus);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
  });

  afterEach(() => warn.mockRestore());

  /** Ada's invoice of 10.00, paid with her card; the message refunding it. */
  async function paid() {
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    const { paymentId } = await fixture.bus.execute(new ChargeInvoice(invoice.id, (await fixture.method(ADA)).id, 'order:1:charge'));
    fixture.events();
    return { invoice, paymentId, message: new RefundInvoiceMessage({ invoiceId: invoice.id, reason: 'order cancelled' }) };
  }

  const creditNotesOf = async (invoice: Invoice) =>
    (await fixture.invoices.findPage({ kind: 'credit_note' }, 0, 10)).items.filter((note) => note.creditedInvoiceId === invoice.id);

  it('accepts billing.refund-invoice under its stable id', () => {
    expect(eventHandlerOf(RefundInvoiceOnMessage)).toEqual({ id: 'billing.refund-invoice-on-message', events: [RefundInvoiceMessage] });
  });

  it('refunds what was captured under a key of the invoice and payment, with a credit note giving the reason', async () => {
    const { invoice, paymentId, message } = await paid();
    await handler.handle(message);

    expect(fixture.events()).toEqual(['billing.credit-note-issued', 'billing.payment-refunded']);
    expect(fixture.provider.refunds).toEqual([
      expect.objectContaining({ paymentId, idempotencyKey: `invoice-refund:${invoice.id}:${paymentId}`, amount: eur(1000) }),
    ]);
    const [note] = await creditNotesOf(invoice);
    expect(note.notes).toBe(`Refund of payment ${paymentId}: order cancelled`);
    expect(note.total.equals(eur(1000))).toBe(true);
  });

  it('does nothing more for a repeat, even one the inbox did not stop: nothing is left, the provider is not asked', async () => {
    const { invoice, message } = await paid();
    await handler.handle(message);
    fixture.events();
    await handler.handle(new RefundInvoiceMessage(message.payload));

    expect(fixture.events()).toEqual([]);
    expect(fixture.provider.refunds).toHaveLength(1);
    expect(await creditNotesOf(invoice)).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('refunds only what an earlier refund left', async () => {
    const { paymentId, message } = await paid();
    await fixture.bus.execute(new RefundPayment(paymentId, 'staff-refund', eur(300)));
    await handler.handle(message);

    expect(fixture.provider.refunds.map((refund) => refund.amount)).toEqual([eur(300), eur(700)]);
    expect((await fixture.payments.getById(paymentId)).refundableAmount.equals(eur(0))).toBe(true);
  });

  it('does nothing but warn when nothing was captured on the invoice', async () => {
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    fixture.events();
    await handler.handle(new RefundInvoiceMessage({ invoiceId: invoice.id, reason: 'order cancelled' }));

    expect(fixture.events()).toEqual([]);
    expect(fixture.provider.refunds).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('nothing was captured'));
  });

  it('throws when the provider declines (REFUND_DECLINED): retried under the same key, then dead-lettered', async () => {
    const { message } = await paid();
    fixture.provider.refundAnswer = { status: 'failed', providerReference: 're_1', failureReason: 'charge_disputed' };
    await expect(handler.handle(message)).rejects.toMatchObject({ code: 'REFUND_DECLINED' });
  });
});
