import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { ReserveStockMessage } from '../../contracts';
import { Sku } from '../../domain/product/sku';
import { ReserveStock, ReserveStockLine } from './reserve-stock.command';

/**
 * Reserves the order's stock asked by message. A line it cannot hold fails the reservation, recorded and published
 * (warehouse.stock-reservation-failed), not thrown: only a malformed request (no lines, a quantity its unit cannot
 * count) is, and lands in the dead letters.
 */
@EventHandler('warehouse.reserve-stock-on-message', ReserveStockMessage)
export class ReserveStockOnMessage implements IEventHandler<ReserveStockMessage> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle({ payload }: ReserveStockMessage): Promise<void> {
    await this.commands.execute(new ReserveStock(payload.orderId, oneLinePerProduct(payload.lines)));
  }
}

/** A sender may tell SKUs apart by case (Ordering does), the catalog does not: lines naming one product are asked as one. */
function oneLinePerProduct(lines: readonly ReserveStockLine[]): ReserveStockLine[] {
  const quantities = new Map<string, number>();
  for (const { sku, quantity } of lines) quantities.set(Sku.normalise(sku), (quantities.get(Sku.normalise(sku)) ?? 0) + quantity);
  return [...quantities].map(([sku, quantity]) => ({ sku, quantity }));
}
