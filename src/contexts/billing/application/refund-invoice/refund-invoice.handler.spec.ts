import { ChargeInvoice } from '../charge-invoice/charge-invoice.command';
import { RefundPayment } from '../refund-payment/refund-payment.command';
import { AcceptedMessagesFixture } from '../testing/accepted-messages-fixture';
import { ADA, eur } from '../testing/payment-fixture';
import { RefundInvoice } from './refund-invoice.command';
import { RefundInvoiceHandler } from './refund-invoice.handler';

describe('RefundInvoiceHandler', () => {
  let fixture: AcceptedMessagesFixture;
  let handler: RefundInvoiceHandler;

  beforeEach(() => {
    fixture = new AcceptedMessagesFixture();
    handler = new RefundInvoiceHandler(fixture.payments, fixture.bus);
  });

  /** Ada's invoice of 10.00, paid by two payments (4.00 and 6.00) beside a declined one. */
  async function paidInTwo() {
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    const card = (await fixture.method(ADA)).id;
    const first = await fixture.bus.execute(new ChargeInvoice(invoice.id, card, 'k1', eur(400)));
    fixture.provider.chargeAnswer = { status: 'failed', providerReference: 'ch_2', failureReason: 'card_declined' };
    await fixture.bus.execute(new ChargeInvoice(invoice.id, card, 'k2'));
    fixture.provider.chargeAnswer = { status: 'succeeded', providerReference: 'ch_3' };
    const second = await fixture.bus.execute(new ChargeInvoice(invoice.id, card, 'k3'));
    fixture.bus.sent.splice(0);
    return { invoice, payments: [first.paymentId, second.paymentId] };
  }

  it('refunds every captured payment in full, each under its own key, answering the credit notes', async () => {
    const { invoice, payments } = await paidInTwo();
    const result = await handler.execute(new RefundInvoice(invoice.id, 'order cancelled'));

    expect(fixture.bus.sent.filter((command) => command instanceof RefundPayment)).toEqual(
      payments.map((id) => new RefundPayment(id, `invoice-refund:${invoice.id}:${id}`, undefined, 'order cancelled')),
    );
    expect(result).toEqual({ captured: 2, creditNoteIds: [expect.any(String), expect.any(String)] });
    expect((await fixture.invoices.getById(invoice.id)).creditableAmount.equals(eur(0))).toBe(true);
  });

  it('locks each payment to read what is left to refund, never reading it unlocked', async () => {
    const { invoice, payments } = await paidInTwo();
    const [lock, read] = [jest.spyOn(fixture.payments, 'lockById'), jest.spyOn(fixture.payments, 'getById')];
    await handler.execute(new RefundInvoice(invoice.id, 'order cancelled'));
    expect(lock).toHaveBeenCalledWith(payments[0]);
    expect(lock).toHaveBeenCalledWith(payments[1]);
    expect(read).not.toHaveBeenCalled();
  });

  it('answers no credit note once everything was refunded, and nothing captured for an unpaid invoice', async () => {
    const { invoice } = await paidInTwo();
    await handler.execute(new RefundInvoice(invoice.id, 'order cancelled'));
    fixture.bus.sent.splice(0);

    expect(await handler.execute(new RefundInvoice(invoice.id, 'again'))).toEqual({ captured: 2, creditNoteIds: [] });
    expect(fixture.bus.sent).toEqual([]);
    const unpaid = await fixture.issuedInvoice(ADA, 1000);
    expect(await handler.execute(new RefundInvoice(unpaid.id, 'order cancelled'))).toEqual({ captured: 0, creditNoteIds: [] });
  });
});
