import { Currency, Money } from '@promenade/ddd';
import { OrderLine } from '../../domain/order/order-line';
import { OrderStatus } from '../../domain/order/order-status';
import { Order } from '../../domain/order/order.aggregate';
import { InMemoryOrderRepository } from './in-memory-order.repository';

export const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
export const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';
export const PAYMENT = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170';

/**
 * For the specs of the commands other contexts send: an order of CUSTOMER brought to `status` through its own
 * methods and stored at version 1, the events of getting there cleared.
 */
export async function storedOrderIn(orders: InMemoryOrderRepository, status: OrderStatus): Promise<string> {
  const order = Order.create(CUSTOMER, Currency.of('EUR'), [OrderLine.of('SKU-1', 2, Money.of(1250, 'EUR'))]);
  if (status === 'cancelled') order.cancel('abandoned');
  if (status !== 'draft' && status !== 'cancelled') order.place(PAYMENT_METHOD);
  if (['confirmed', 'shipped', 'delivered'].includes(status)) order.confirm(PAYMENT);
  if (['shipped', 'delivered'].includes(status)) order.markShipped('DHL', 'JD014600');
  if (status === 'delivered') order.markDelivered();
  await orders.save(order);
  orders.published.length = 0;
  return order.id;
}
