import { Publication, Publishes } from '@promenade/messaging';
import { InvoiceIssuedContract, InvoiceIssuedContractPayload } from '../../contracts';
import { InvoiceIssued } from '../../domain/events/invoice-issued.event';

/** What other contexts learn of InvoiceIssued: field by field, so a field added inside the context stays inside. */
@Publishes(InvoiceIssued, InvoiceIssuedContract)
export class PublishInvoiceIssued implements Publication<InvoiceIssued, InvoiceIssuedContract> {
  toContract({ payload }: InvoiceIssued): InvoiceIssuedContractPayload {
    return {
      invoiceId: payload.invoiceId,
      number: payload.number,
      customerId: payload.customerId,
      currency: payload.currency,
      subtotal: payload.subtotal,
      taxTotal: payload.taxTotal,
      total: payload.total,
      dueDate: payload.dueDate,
      sourceReference: payload.sourceReference,
      issuedAt: payload.issuedAt,
    };
  }
}
