import { Order } from './order.aggregate';
import { OrderStatus } from './order-status';

export const ORDER_REPOSITORY = Symbol('OrderRepository');

export interface OrderFilter {
  customerId?: string;
  status?: OrderStatus;
}

/**
 * Where orders are kept. `getById` throws OrderNotFound, also when `ownerId` is given and the order
 * belongs to another customer: to a caller limited to their own orders, someone else's order does
 * not exist (no existence leak). `save` is optimistic (ConcurrencyConflict).
 */
export interface OrderRepository {
  getById(id: string, ownerId?: string): Promise<Order>;
  save(order: Order): Promise<void>;
  findPage(filter: OrderFilter, offset: number, limit: number): Promise<{ items: Order[]; total: number }>;
}
