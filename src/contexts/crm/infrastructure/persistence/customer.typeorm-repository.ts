import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Customer } from '../../domain/customer.aggregate';
import { CustomerNotFound } from '../../domain/customer.errors';
import { CustomerRepository } from '../../domain/customer.repository';
import { customerMapper } from './customer.mapper';
import { CustomerModel } from './customer.model';

@Injectable()
export class CustomerTypeOrmRepository extends TypeOrmAggregateRepository<Customer, CustomerModel> implements CustomerRepository {
  constructor(uow: UnitOfWork) {
    super(uow, CustomerModel, customerMapper);
  }

  async getById(id: string): Promise<Customer> {
    const customer = await this.findById(id);
    if (!customer) throw new CustomerNotFound(id);
    return customer;
  }
}
