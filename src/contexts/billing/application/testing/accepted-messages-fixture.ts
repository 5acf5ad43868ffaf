import { InMemoryUnavailableCurrencies } from '@promenade/ddd';
import { ChargeInvoice } from '../charge-invoice/charge-invoice.command';
import { ChargeInvoiceHandler } from '../charge-invoice/charge-invoice.handler';
import { InvoiceOrder } from '../invoice-order/invoice-order.command';
import { InvoiceOrderHandler } from '../invoice-order/invoice-order.handler';
import { IssueCreditNote } from '../issue-credit-note/issue-credit-note.command';
import { IssueCreditNoteHandler } from '../issue-credit-note/issue-credit-note.handler';
import { RecordRefusedCharge } from '../record-refused-charge/record-refused-charge.command';
import { RecordRefusedChargeHandler } from '../record-refused-charge/record-refused-charge.handler';
import { RefundInvoice } from '../refund-invoice/refund-invoice.command';
import { RefundInvoiceHandler } from '../refund-invoice/refund-invoice.handler';
import { RefundPayment } from '../refund-payment/refund-payment.command';
import { RefundPaymentHandler } from '../refund-payment/refund-payment.handler';
import { VoidInvoice } from '../void-invoice/void-invoice.command';
import { VoidInvoiceHandler } from '../void-invoice/void-invoice.handler';
import { InMemoryInvoiceNumbering } from './in-memory-invoice-numbering';
import { PaymentFixture } from './payment-fixture';
import { RoutingCommandBus } from './routing-command-bus';

/**
 * What the handlers of accepted messages run on: the payment fixture's stores, scripted provider and clock, and a bus
 * routing each internal command they send to its real handler. `events()` names what the stores published since last asked.
 */
export class AcceptedMessagesFixture extends PaymentFixture {
  readonly bus = new RoutingCommandBus();
  readonly numbering = new InMemoryInvoiceNumbering();

  constructor() {
    super();
    const { invoices, payments, methods, provider, clock, config, numbering, bus } = this;
    bus
      .route(InvoiceOrder, new InvoiceOrderHandler(invoices, numbering, new InMemoryUnavailableCurrencies(), clock))
      .route(ChargeInvoice, new ChargeInvoiceHandler(invoices, methods, payments, provider, clock, config))
      .route(RecordRefusedCharge, new RecordRefusedChargeHandler(invoices, payments, clock))
      .route(VoidInvoice, new VoidInvoiceHandler(invoices, payments, clock))
      .route(RefundInvoice, new RefundInvoiceHandler(payments, bus))
      .route(RefundPayment, new RefundPaymentHandler(payments, invoices, provider, bus, clock))
      .route(IssueCreditNote, new IssueCreditNoteHandler(invoices, numbering, clock));
  }

  /** The names of the events the invoice and payment stores published since the last call, invoices' first. */
  events(): string[] {
    return [...this.invoices.published.splice(0), ...this.payments.published.splice(0)].map((event) => event.eventName);
  }
}
