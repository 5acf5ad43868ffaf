import { Publication, Publishes } from '@promenade/messaging';
import { PaymentFailedContract, PaymentFailedContractPayload } from '../../contracts';
import { PaymentFailed } from '../../domain/events/payment-failed.event';

/** What other contexts learn of PaymentFailed: field by field, so a field added inside the context stays inside. */
@Publishes(PaymentFailed, PaymentFailedContract)
export class PublishPaymentFailed implements Publication<PaymentFailed, PaymentFailedContract> {
  toContract({ payload }: PaymentFailed): PaymentFailedContractPayload {
    return {
      paymentId: payload.paymentId,
      invoiceId: payload.invoiceId,
      customerId: payload.customerId,
      amount: payload.amount,
      reason: payload.reason,
      failedAt: payload.failedAt,
    };
  }
}
