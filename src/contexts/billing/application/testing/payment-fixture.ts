import { AppConfig } from '@promenade/config';
import { ManualClock, Money } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { InvoiceLine } from '../../domain/invoice/invoice-line';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { FakePaymentProvider } from './fake-payment-provider';
import { InMemoryInvoiceNumbering } from './in-memory-invoice-numbering';
import { InMemoryInvoiceRepository } from './in-memory-invoice.repository';
import { InMemoryPaymentMethodRepository } from './in-memory-payment-method.repository';
import { InMemoryPaymentWebhookLog } from './in-memory-payment-webhook-log';
import { InMemoryPaymentRepository } from './in-memory-payment.repository';

export const ADA = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
export const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
export const eur = (minor: number) => Money.of(minor, 'EUR');

/** What the payment use cases work on, in memory: stores, a scripted provider, a manual clock, the settings. */
export class PaymentFixture {
  readonly invoices = new InMemoryInvoiceRepository();
  readonly methods = new InMemoryPaymentMethodRepository();
  readonly payments = new InMemoryPaymentRepository();
  readonly webhooks = new InMemoryPaymentWebhookLog();
  readonly provider = new FakePaymentProvider();
  readonly clock = new ManualClock('2026-01-01T00:00:00Z');
  readonly config = Object.assign(new AppConfig(), { PAYMENT_RECONCILE_AFTER_SECONDS: 60 });
  /** The commands use cases send on (IssueCreditNote), recorded. */
  readonly sent: unknown[] = [];
  readonly commands = { execute: async (command: unknown) => this.sent.push(command) } as unknown as TransactionalCommandBus;

  /** An issued invoice of `totalMinor` (one line, no tax) for the customer, stored. */
  async issuedInvoice(customerId = ADA, totalMinor = 1000): Promise<Invoice> {
    const invoice = Invoice.create(
      { customerId, currency: eur(0).currency, lines: [InvoiceLine.of('Consulting', 1, eur(totalMinor), 0)] },
      this.clock.now(),
    );
    await invoice.issue(new InMemoryInvoiceNumbering(), this.clock.now());
    await this.invoices.save(invoice);
    return invoice;
  }

  async method(customerId = ADA, token = 'pm_card_ok'): Promise<PaymentMethod> {
    const method = PaymentMethod.create({ customerId, provider: 'sandbox', token, label: 'Visa' }, this.clock.now());
    await this.methods.save(method);
    return method;
  }
}
