import { Publication, Publishes } from '@promenade/messaging';
import { InvoiceVoidedContract, InvoiceVoidedContractPayload } from '../../contracts';
import { InvoiceVoided } from '../../domain/events/invoice-voided.event';

/** What other contexts learn of InvoiceVoided: field by field, so a field added inside the context stays inside. */
@Publishes(InvoiceVoided, InvoiceVoidedContract)
export class PublishInvoiceVoided implements Publication<InvoiceVoided, InvoiceVoidedContract> {
  toContract({ payload }: InvoiceVoided): InvoiceVoidedContractPayload {
    return {
      invoiceId: payload.invoiceId,
      number: payload.number,
      customerId: payload.customerId,
      currency: payload.currency,
      total: payload.total,
      voidedAt: payload.voidedAt,
    };
  }
}
