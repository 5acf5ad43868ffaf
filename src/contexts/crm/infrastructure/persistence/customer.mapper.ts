import { Email, Money } from '@promenade/ddd';
import { AggregateMapper } from '@promenade/persistence';
import { AcquisitionSource } from '../../domain/customer/acquisition-source';
import { CustomerStatus } from '../../domain/customer/customer-status';
import { CustomerTier } from '../../domain/customer/customer-tier';
import { Customer } from '../../domain/customer/customer.aggregate';
import { LifetimeValue } from '../../domain/customer/lifetime-value';
import { CustomerModel } from './customer.model';

export const customerMapper: AggregateMapper<Customer, CustomerModel> = {
  toDomain(model) {
    return Customer.restore({
      id: model.id,
      version: model.version,
      name: model.name,
      email: Email.of(model.email),
      phone: model.phone,
      source: model.source as AcquisitionSource,
      companyId: model.companyId,
      assignedTo: model.assignedTo,
      userId: model.userId,
      tags: model.tags,
      tier: model.tier as CustomerTier,
      status: model.status as CustomerStatus,
      convertedAt: model.convertedAt,
      churnedAt: model.churnedAt,
      churnReason: model.churnReason,
      orderCount: model.orderCount,
      lastOrderAt: model.lastOrderAt,
      deliveredOrderCount: model.deliveredOrderCount,
      lifetimeValue: LifetimeValue.of(model.lifetimeValue.map(({ amount, currency }) => Money.of(amount, currency))),
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
      deletedAt: model.deletedAt,
    });
  },

  toModel(customer) {
    return Object.assign(new CustomerModel(), {
      id: customer.id,
      name: customer.name,
      email: customer.email.value,
      emailKey: customer.email.normalized,
      phone: customer.phone,
      source: customer.source,
      companyId: customer.companyId,
      assignedTo: customer.assignedTo,
      userId: customer.userId,
      tags: [...customer.tags],
      tier: customer.tier,
      status: customer.status,
      convertedAt: customer.convertedAt,
      churnedAt: customer.churnedAt,
      churnReason: customer.churnReason,
      orderCount: customer.orderCount,
      lastOrderAt: customer.lastOrderAt,
      deliveredOrderCount: customer.deliveredOrderCount,
      lifetimeValue: customer.lifetimeValue.amounts.map((sum) => sum.toJSON()),
      createdAt: customer.createdAt,
      deletedAt: customer.deletedAt,
    });
  },
};
