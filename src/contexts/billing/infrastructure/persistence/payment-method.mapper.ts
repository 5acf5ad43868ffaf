import { AggregateMapper } from '@promenade/persistence';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { PaymentMethodModel } from './payment-method.model';

export const paymentMethodMapper: AggregateMapper<PaymentMethod, PaymentMethodModel> = {
  toDomain(model) {
    return PaymentMethod.restore({ id: model.id, version: model.version, createdAt: model.createdAt, updatedAt: model.updatedAt });
  },

  toModel(paymentMethod) {
    return Object.assign(new PaymentMethodModel(), { id: paymentMethod.id, createdAt: paymentMethod.createdAt });
  },
};
