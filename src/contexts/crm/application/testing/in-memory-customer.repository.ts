import { DomainEvent, Email } from '@promenade/ddd';
import { CUSTOMER_STATUSES } from '../../domain/customer-status';
import { CUSTOMER_TIERS } from '../../domain/customer-tier';
import { Customer } from '../../domain/customer.aggregate';
import { CustomerEmailTaken, CustomerNotFound } from '../../domain/customer.errors';
import { CustomerFilter, CustomerRepository, CustomerSort } from '../../domain/customer.repository';

/** A unit-test stand-in for the customer store: keeps a copy of each saved customer and collects the events it would publish. */
export class InMemoryCustomerRepository implements CustomerRepository {
  readonly published: DomainEvent[] = [];
  private readonly customers = new Map<string, Customer>();

  async getById(id: string, ownerId?: string): Promise<Customer> {
    const stored = this.customers.get(id);
    if (!stored || stored.isDeleted || (ownerId !== undefined && stored.assignedTo !== ownerId)) throw new CustomerNotFound(id);
    return copyOf(stored);
  }

  async findLiveByEmail(email: Email): Promise<Customer | null> {
    const found = [...this.customers.values()].find((c) => !c.isDeleted && c.email.equals(email));
    return found ? copyOf(found) : null;
  }

  async findLinkedToUser(userId: string): Promise<Customer | null> {
    const found = [...this.customers.values()].find((c) => c.userId === userId);
    return found ? copyOf(found) : null;
  }

  async findPage(filter: CustomerFilter, sort: CustomerSort, offset: number, limit: number): Promise<{ items: Customer[]; total: number }> {
    const search = filter.search?.toLowerCase();
    const matches = [...this.customers.values()]
      .filter(
        (c) =>
          !c.isDeleted &&
          (filter.status ?? c.status) === c.status &&
          (filter.tier ?? c.tier) === c.tier &&
          (filter.assignedTo ?? c.assignedTo) === c.assignedTo &&
          (filter.companyId ?? c.companyId) === c.companyId &&
          (filter.tag === undefined || c.tags.includes(filter.tag)) &&
          (search === undefined || c.name.toLowerCase().includes(search) || c.email.normalized.includes(search)),
      )
      .sort((a, b) => compare(a, b, sort) || b.id.localeCompare(a.id));
    return { items: matches.slice(offset, offset + limit).map(copyOf), total: matches.length };
  }

  /** Like the partial unique index: a second live customer with the same email is refused. */
  async save(customer: Customer): Promise<void> {
    const clash = [...this.customers.values()].find((c) => c.id !== customer.id && !c.isDeleted && !customer.isDeleted && c.email.equals(customer.email));
    if (clash) throw new CustomerEmailTaken(customer.email.value);
    const nextVersion = customer.version + 1;
    this.published.push(...customer.pullEvents());
    customer.markPersisted(nextVersion);
    this.customers.set(customer.id, copyOf(customer));
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

export function copyOf(customer: Customer): Customer {
  return Customer.restore(customer.snapshot());
}
