import { Publication, Publishes } from '@promenade/messaging';
import { PaymentRefundedContract, PaymentRefundedContractPayload } from '../../contracts';
import { PaymentRefunded } from '../../domain/events/payment-refunded.event';

/** What other contexts learn of PaymentRefunded: field by field, so a field added inside the context stays inside. */
@Publishes(PaymentRefunded, PaymentRefundedContract)
export class PublishPaymentRefunded implements Publication<PaymentRefunded, PaymentRefundedContract> {
  toContract({ payload }: PaymentRefunded): PaymentRefundedContractPayload {
    return {
      paymentId: payload.paymentId,
      invoiceId: payload.invoiceId,
      customerId: payload.customerId,
      amount: payload.amount,
      refundedTotal: payload.refundedTotal,
      refundedAt: payload.refundedAt,
    };
  }
}
