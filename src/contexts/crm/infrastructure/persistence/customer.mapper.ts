import { Email } from '@promenade/ddd';
import { AggregateMapper } from '@promenade/persistence';
import { AcquisitionSource } from '../../domain/customer/acquisition-source';
import { CustomerStatus } from '../../domain/customer/customer-status';
import { CustomerTier } from '../../domain/customer/customer-tier';
import { Customer } from '../../domain/customer/customer.aggregate';
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
      createdAt: customer.createdAt,
      deletedAt: customer.deletedAt,
    });
  },
};
