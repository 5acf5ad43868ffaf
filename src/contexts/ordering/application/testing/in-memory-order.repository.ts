import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Order, OrderState } from '../../domain/order/order.aggregate';
import { OrderNotFound } from '../../domain/order/order.errors';
import { OrderFilter, OrderRepository } from '../../domain/order/order.repository';

/** A unit-test stand-in for the order store. */
export class InMemoryOrderRepository extends InMemoryAggregateRepository<Order, OrderState> implements OrderRepository {
  constructor() {
    super(Order.restore);
  }

  async getById(id: string, ownerId?: string): Promise<Order> {
    const stored = this.stored(id);
    if (!stored || (ownerId ?? stored.customerId) !== stored.customerId) throw new OrderNotFound(id);
    return stored;
  }

  async findPage(filter: OrderFilter, offset: number, limit: number): Promise<{ items: Order[]; total: number }> {
    const matches = this.all().filter(
      (o) => (filter.customerId ?? o.customerId) === o.customerId && (filter.status ?? o.status) === o.status,
    );
    return this.pageOf(matches, offset, limit);
  }
}
