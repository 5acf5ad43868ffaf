import { Injectable } from '@nestjs/common';
import { Email } from '@promenade/ddd';
import { ConcurrencyConflict, TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { IsNull } from 'typeorm';
import { CUSTOMER_STATUSES } from '../../domain/customer/customer-status';
import { CUSTOMER_TIERS } from '../../domain/customer/customer-tier';
import { Customer } from '../../domain/customer/customer.aggregate';
import { CustomerEmailTaken, CustomerNotFound } from '../../domain/customer/customer.errors';
import { CustomerFilter, CustomerRepository, CustomerSort } from '../../domain/customer/customer.repository';
import { customerMapper } from './customer.mapper';
import { CustomerModel } from './customer.model';

/** Names of the unique indexes of the CreateCustomers migration. */
const ONE_LIVE_CUSTOMER_PER_EMAIL = 'customers_one_live_per_email';
const ONE_CUSTOMER_PER_USER = 'customers_one_per_user';

/** What each sort field orders by: status and tier by their place in the lifecycle and the tier ladder. */
const SORT_EXPRESSIONS: Record<CustomerSort['field'], string> = {
  createdAt: 'customer.created_at',
  name: 'lower(customer.name)',
  email: 'customer.email_key',
  status: `array_position(ARRAY[${CUSTOMER_STATUSES.map((s) => `'${s}'`).join(',')}]::varchar[], customer.status)`,
  tier: `array_position(ARRAY[${CUSTOMER_TIERS.map((t) => `'${t}'`).join(',')}]::varchar[], customer.tier)`,
};

@Injectable()
export class CustomerTypeOrmRepository extends TypeOrmAggregateRepository<Customer, CustomerModel> implements CustomerRepository {
  constructor(uow: UnitOfWork) {
    super(uow, CustomerModel, customerMapper);
  }

  async getById(id: string, ownerId?: string): Promise<Customer> {
    // `assignedTo: undefined` adds no condition: any rep's.
    const row = await this.models.findOneBy({ id, assignedTo: ownerId, deletedAt: IsNull() });
    if (!row) throw new CustomerNotFound(id);
    return customerMapper.toDomain(row);
  }

  async findLiveByEmail(email: Email): Promise<Customer | null> {
    const row = await this.models.findOneBy({ emailKey: email.normalized, deletedAt: IsNull() });
    return row ? customerMapper.toDomain(row) : null;
  }

  async findLinkedToUser(userId: string): Promise<Customer | null> {
    const row = await this.models.findOneBy({ userId });
    return row ? customerMapper.toDomain(row) : null;
  }

  async lockLinkedToUser(userId: string): Promise<Customer | null> {
    // Locked, then read: a delivery that waited on the lock reads the row its predecessor committed. (TypeORM's own
    // lock option refuses to run outside a transaction; this lock then simply ends with the statement.)
    await this.uow.manager.query('SELECT 1 FROM crm.customers WHERE user_id = $1 FOR UPDATE', [userId]);
    return this.findLinkedToUser(userId);
  }

  async findPage(filter: CustomerFilter, sort: CustomerSort, offset: number, limit: number): Promise<{ items: Customer[]; total: number }> {
    const query = this.models
      .createQueryBuilder('customer')
      .where('customer.deleted_at IS NULL')
      .orderBy(SORT_EXPRESSIONS[sort.field], sort.direction === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('customer.id', 'DESC')
      .skip(offset)
      .take(limit);
    if (filter.status) query.andWhere('customer.status = :status', { status: filter.status });
    if (filter.tier) query.andWhere('customer.tier = :tier', { tier: filter.tier });
    if (filter.tag) query.andWhere(':tag = ANY(customer.tags)', { tag: filter.tag });
    if (filter.assignedTo) query.andWhere('customer.assigned_to = :assignedTo', { assignedTo: filter.assignedTo });
    if (filter.companyId) query.andWhere('customer.company_id = :companyId', { companyId: filter.companyId });
    if (filter.search) {
      const search = `%${escapeLike(filter.search.toLowerCase())}%`;
      query.andWhere('(lower(customer.name) LIKE :search OR customer.email_key LIKE :search)', { search });
    }
    const [rows, total] = await query.getManyAndCount();
    return { items: rows.map((row) => customerMapper.toDomain(row)), total };
  }

  /** The email was checked on what was read; a request that raced this one past that check is stopped by the index. */
  override async save(customer: Customer): Promise<void> {
    try {
      await super.save(customer);
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === ONE_LIVE_CUSTOMER_PER_EMAIL) throw new CustomerEmailTaken(customer.email.value);
      // Two deliveries linking the same user at once: the loser lost a race, like a stale version.
      if (constraint === ONE_CUSTOMER_PER_USER) throw new ConcurrencyConflict('Customer', customer.id, customer.version);
      throw error;
    }
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
