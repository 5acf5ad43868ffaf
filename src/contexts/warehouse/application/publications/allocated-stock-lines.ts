import { AllocatedStockLine } from '../../contracts/allocated-stock-line';
import { AllocatedStock } from '../../domain/events/allocated-stock';

/** An allocation as the reservation contracts carry it, field by field. */
export function allocatedStockLines(allocations: readonly AllocatedStock[]): AllocatedStockLine[] {
  return allocations.map(({ sku, warehouseCode, quantity }) => ({ sku, warehouseCode, quantity }));
}
