import { Order } from './order.aggregate';
import { OrderStatus } from './order-status';

export const ORDER_REPOSITORY = Symbol('OrderRepository');

export interface OrderFilter {
  customerId?: string;
  status?: OrderStatus;
}

/** Where orders are kept. `getById` throws OrderNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface OrderRepository {
  getById(id: string): Promise<Order>;
  save(order: Order): Promise<void>;
  findPage(filter: OrderFilter, offset: number, limit: number): Promise<{ items: Order[]; total: number }>;
}
