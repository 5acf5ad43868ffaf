import { DomainEvent } from '@promenade/ddd';
import { Order } from '../../domain/order.aggregate';
import { OrderNotFound } from '../../domain/order.errors';
import { OrderFilter, OrderRepository } from '../../domain/order.repository';

/** A unit-test stand-in for the order store: keeps a copy of each saved order and collects the events it would publish. */
export class InMemoryOrderRepository implements OrderRepository {
  readonly published: DomainEvent[] = [];
  private readonly orders = new Map<string, Order>();

  async getById(id: string, ownerId?: string): Promise<Order> {
    const stored = this.orders.get(id);
    if (!stored || (ownerId ?? stored.customerId) !== stored.customerId) throw new OrderNotFound(id);
    return copyOf(stored);
  }

  async save(order: Order): Promise<void> {
    const nextVersion = order.version + 1;
    this.published.push(...order.pullEvents());
    order.markPersisted(nextVersion);
    this.orders.set(order.id, copyOf(order));
  }

  async findPage(filter: OrderFilter, offset: number, limit: number): Promise<{ items: Order[]; total: number }> {
    const matches = [...this.orders.values()]
      .filter((o) => (filter.customerId ?? o.customerId) === o.customerId && (filter.status ?? o.status) === o.status)
      .sort((a, b) => b.id.localeCompare(a.id));
    return { items: matches.slice(offset, offset + limit).map(copyOf), total: matches.length };
  }
}

function copyOf(order: Order): Order {
  return Order.restore({
    id: order.id,
    version: order.version,
    customerId: order.customerId,
    currency: order.currency,
    lines: [...order.lines],
    status: order.status,
    cancellationReason: order.cancellationReason,
    placedAt: order.placedAt,
    cancelledAt: order.cancelledAt,
  });
}
