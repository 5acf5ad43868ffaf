import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { RecordRefusedCharge } from './record-refused-charge.command';

@CommandHandler(RecordRefusedCharge)
export class RecordRefusedChargeHandler implements ICommandHandler<RecordRefusedCharge, void> {
  constructor(
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ invoiceId, paymentMethodId, idempotencyKey, code }: RecordRefusedCharge): Promise<void> {
    // Locked as ChargeInvoice locks it: a charge and this record under one key never both pass the check below.
    const invoice = await this.invoices.lockById(invoiceId);
    if (await this.payments.findByIdempotencyKey(idempotencyKey)) return;
    const charge = { invoiceId, customerId: invoice.customerId, paymentMethodId, amount: invoice.openAmount, idempotencyKey };
    await this.payments.save(Payment.refused(charge, code, this.clock.now()));
  }
}
