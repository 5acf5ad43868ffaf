import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { assertNoOpenPayment } from '../../domain/payment/open-payments';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { VoidInvoice } from './void-invoice.command';

@CommandHandler(VoidInvoice)
export class VoidInvoiceHandler implements ICommandHandler<VoidInvoice, void> {
  constructor(
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ invoiceId }: VoidInvoice): Promise<void> {
    // Locked: a charge in flight on this invoice finishes (its payment saved) before the open payments are counted.
    const invoice = await this.invoices.lockById(invoiceId);
    assertNoOpenPayment(invoice, await this.payments.findOpenByInvoice(invoice.id), 'voided');
    invoice.void(this.clock.now());
    await this.invoices.save(invoice);
  }
}
