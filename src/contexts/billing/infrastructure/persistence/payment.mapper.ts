import { AggregateMapper } from '@promenade/persistence';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PaymentModel } from './payment.model';

export const paymentMapper: AggregateMapper<Payment, PaymentModel> = {
  toDomain(model) {
    return Payment.restore({ id: model.id, version: model.version, createdAt: model.createdAt, updatedAt: model.updatedAt });
  },

  toModel(payment) {
    return Object.assign(new PaymentModel(), { id: payment.id, createdAt: payment.createdAt });
  },
};
