import { Email, InMemoryAggregateRepository } from '@promenade/ddd';
import { CUSTOMER_STATUSES } from '../../domain/customer/customer-status';
import { CUSTOMER_TIERS } from '../../domain/customer/customer-tier';
import { Customer, CustomerState } from '../../domain/customer/customer.aggregate';
import { CustomerEmailTaken, CustomerNotFound } from '../../domain/customer/customer.errors';
import { CustomerFilter, CustomerRepository, CustomerSort } from '../../domain/customer/customer.repository';

/** A unit-test stand-in for the customer store; like the partial unique index, a second live customer with the same email is refused. */
export class InMemoryCustomerRepository extends InMemoryAggregateRepository<Customer, CustomerState> implements CustomerRepository {
  constructor() {
    super(Customer.restore);
  }

  async getById(id: string, ownerId?: string): Promise<Customer> {
    const stored = this.stored(id);
    if (!stored || stored.isDeleted || (ownerId !== undefined && stored.assignedTo !== ownerId)) throw new CustomerNotFound(id);
    return stored;
  }

  async findLiveByEmail(email: Email): Promise<Customer | null> {
    return this.all().find((c) => !c.isDeleted && c.email.equals(email)) ?? null;
  }

  async findLinkedToUser(userId: string): Promise<Customer | null> {
    return this.all().find((c) => c.userId === userId) ?? null;
  }

  /** One caller at a time, in a test: nothing to lock. */
  async lockLinkedToUser(userId: string): Promise<Customer | null> {
    return this.findLinkedToUser(userId);
  }

  async findPage(filter: CustomerFilter, sort: CustomerSort, offset: number, limit: number): Promise<{ items: Customer[]; total: number }> {
    const search = filter.search?.toLowerCase();
    const matches = this.all().filter(
      (c) =>
        !c.isDeleted &&
        (filter.status ?? c.status) === c.status &&
        (filter.tier ?? c.tier) === c.tier &&
        (filter.assignedTo ?? c.assignedTo) === c.assignedTo &&
        (filter.companyId ?? c.companyId) === c.companyId &&
        (filter.tag === undefined || c.tags.includes(filter.tag)) &&
        (search === undefined || c.name.toLowerCase().includes(search) || c.email.normalized.includes(search)),
    );
    return this.pageOf(matches, offset, limit, (a, b) => compare(a, b, sort) || b.id.localeCompare(a.id));
  }

  override async save(customer: Customer): Promise<void> {
    const clash = !customer.isDeleted && (await this.findLiveByEmail(customer.email));
    if (clash && clash.id !== customer.id) throw new CustomerEmailTaken(customer.email.value);
    await super.save(customer);
  }
}

function compare(a: Customer, b: Customer, { field, direction }: CustomerSort): number {
  const key = (c: Customer): string | number =>
    field === 'createdAt'
      ? c.createdAt.getTime()
      : field === 'name'
        ? c.name.toLowerCase()
        : field === 'email'
          ? c.email.normalized
          : field === 'status'
            ? CUSTOMER_STATUSES.indexOf(c.status)
            : CUSTOMER_TIERS.indexOf(c.tier);
  const [x, y] = [key(a), key(b)];
  const order = x < y ? -1 : x > y ? 1 : 0;
  return direction === 'asc' ? order : -order;
}
