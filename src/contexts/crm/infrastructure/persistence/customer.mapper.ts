import { AggregateMapper } from '@promenade/persistence';
import { Customer } from '../../domain/customer.aggregate';
import { CustomerModel } from './customer.model';

export const customerMapper: AggregateMapper<Customer, CustomerModel> = {
  toDomain(model) {
    return Customer.restore({ id: model.id, version: model.version, createdAt: model.createdAt });
  },

  toModel(customer) {
    return Object.assign(new CustomerModel(), { id: customer.id, createdAt: customer.createdAt });
  },
};
