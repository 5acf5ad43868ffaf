import { Publication, Publishes } from '@promenade/messaging';
import { PaymentSucceededContract, PaymentSucceededContractPayload } from '../../contracts';
import { PaymentSucceeded } from '../../domain/events/payment-succeeded.event';

/** What other contexts learn of PaymentSucceeded: field by field, so a field added inside the context stays inside. */
@Publishes(PaymentSucceeded, PaymentSucceededContract)
export class PublishPaymentSucceeded implements Publication<PaymentSucceeded, PaymentSucceededContract> {
  toContract({ payload }: PaymentSucceeded): PaymentSucceededContractPayload {
    return {
      paymentId: payload.paymentId,
      invoiceId: payload.invoiceId,
      customerId: payload.customerId,
      amount: payload.amount,
      succeededAt: payload.succeededAt,
    };
  }
}
