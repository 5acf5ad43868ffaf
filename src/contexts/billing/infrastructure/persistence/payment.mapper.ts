import { Currency, Money } from '@promenade/ddd';
import { AggregateMapper } from '@promenade/persistence';
import { PaymentStatus } from '../../domain/payment/payment-status';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PaymentModel } from './payment.model';

export const paymentMapper: AggregateMapper<Payment, PaymentModel> = {
  toDomain(model) {
    const currency = Currency.of(model.currency);
    return Payment.restore({
      id: model.id,
      version: model.version,
      invoiceId: model.invoiceId,
      customerId: model.customerId,
      paymentMethodId: model.paymentMethodId,
      amount: Money.of(BigInt(model.amount), currency),
      status: model.status as PaymentStatus,
      failureReason: model.failureReason,
      providerReference: model.providerReference,
      refundedAmount: Money.of(BigInt(model.refundedAmount), currency),
      idempotencyKey: model.idempotencyKey,
      reconciliationAttempts: model.reconciliationAttempts,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(payment) {
    return Object.assign(new PaymentModel(), {
      id: payment.id,
      invoiceId: payment.invoiceId,
      customerId: payment.customerId,
      paymentMethodId: payment.paymentMethodId,
      currency: payment.amount.currency.code,
      amount: payment.amount.minor.toString(),
      status: payment.status,
      failureReason: payment.failureReason,
      providerReference: payment.providerReference,
      refundedAmount: payment.refundedAmount.minor.toString(),
      idempotencyKey: payment.idempotencyKey,
      reconciliationAttempts: payment.reconciliationAttempts,
      createdAt: payment.createdAt,
    });
  },
};
