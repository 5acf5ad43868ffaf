import { Publication, Publishes } from '@promenade/messaging';
import { InvoicePaidContract, InvoicePaidContractPayload } from '../../contracts';
import { InvoicePaid } from '../../domain/events/invoice-paid.event';

/** What other contexts learn of InvoicePaid: field by field, so a field added inside the context stays inside. */
@Publishes(InvoicePaid, InvoicePaidContract)
export class PublishInvoicePaid implements Publication<InvoicePaid, InvoicePaidContract> {
  toContract({ payload }: InvoicePaid): InvoicePaidContractPayload {
    return {
      invoiceId: payload.invoiceId,
      number: payload.number,
      customerId: payload.customerId,
      currency: payload.currency,
      total: payload.total,
      amountPaid: payload.amountPaid,
      paidAt: payload.paidAt,
    };
  }
}
