import { AggregateMapper } from '@promenade/persistence';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { PaymentMethodModel } from './payment-method.model';

export const paymentMethodMapper: AggregateMapper<PaymentMethod, PaymentMethodModel> = {
  toDomain(model) {
    return PaymentMethod.restore({
      id: model.id,
      version: model.version,
      customerId: model.customerId,
      provider: model.provider,
      token: model.token,
      label: model.label,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
      deletedAt: model.deletedAt,
    });
  },

  toModel(method) {
    return Object.assign(new PaymentMethodModel(), {
      id: method.id,
      customerId: method.customerId,
      provider: method.provider,
      token: method.token,
      label: method.label,
      createdAt: method.createdAt,
      deletedAt: method.deletedAt,
    });
  },
};
