import { Money } from '@promenade/ddd';
import { OrderLine } from '../../domain/order/order-line';
import { NewOrderLine } from './create-order.command';

/** One place that turns a requested line into the domain's OrderLine (shared by create and add-line). */
export function toOrderLine({ sku, quantity, unitPrice }: NewOrderLine): OrderLine {
  return OrderLine.of(sku, quantity, Money.of(unitPrice.amount, unitPrice.currency));
}
