import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { VoidInvoiceMessage } from '../../contracts';
import { ChargeInvoice } from '../charge-invoice/charge-invoice.command';
import { AcceptedMessagesFixture } from '../testing/accepted-messages-fixture';
import { ADA, eur } from '../testing/payment-fixture';
import { VoidInvoiceOnMessage } from './void-invoice.on-message';

describe('VoidInvoiceOnMessage', () => {
  let fixture: AcceptedMessagesFixture;
  let handler: VoidInvoiceOnMessage;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    fixture = new AcceptedMessagesFixture();
    handler = new VoidInvoiceOnMessage(fixture.bus);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
  });

  afterEach(() => warn.mockRestore());

  /** Ada's issued invoice of 10.00, and the message voiding it. */
  async function voiding() {
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    fixture.events();
    return { invoice, message: new VoidInvoiceMessage({ invoiceId: invoice.id, reason: 'payment failed' }) };
  }

  const charge = async (invoiceId: string, amount?: number) =>
    fixture.bus.execute(new ChargeInvoice(invoiceId, (await fixture.method(ADA)).id, `k-${amount}`, amount ? eur(amount) : undefined));

  it('accepts billing.void-invoice under its stable id', () => {
    expect(eventHandlerOf(VoidInvoiceOnMessage)).toEqual({ id: 'billing.void-invoice-on-message', events: [VoidInvoiceMessage] });
  });

  it('voids an issued invoice: invoice-voided', async () => {
    const { invoice, message } = await voiding();
    await handler.handle(message);

    expect(fixture.events()).toEqual(['billing.invoice-voided']);
    expect((await fixture.invoices.getById(invoice.id)).status).toBe('void');
  });

  it('does nothing for an invoice void already, without a warning', async () => {
    const { message } = await voiding();
    await handler.handle(message);
    fixture.events();
    await handler.handle(message);

    expect(fixture.events()).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([undefined, 400])('does nothing but warn for an invoice paid (in full, or %p in part): the sender refunds it', async (amount) => {
    const { invoice, message } = await voiding();
    await charge(invoice.id, amount);
    fixture.events();
    await handler.handle(message);

    expect(fixture.events()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`void of invoice ${invoice.id} (payment failed) no longer applies`));
  });

  it('throws while a payment is open on the invoice (INVOICE_PAYMENT_OPEN): retried until it settles', async () => {
    const { invoice, message } = await voiding();
    fixture.provider.chargeAnswer = { status: 'requires_action', providerReference: 'ch_3' };
    await charge(invoice.id);

    await expect(handler.handle(message)).rejects.toMatchObject({ code: 'INVOICE_PAYMENT_OPEN' });
  });
});
