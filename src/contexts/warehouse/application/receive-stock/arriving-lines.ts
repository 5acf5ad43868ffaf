import { ProductNotFound } from '../../domain/product/product.errors';
import { ProductRepository } from '../../domain/product/product.repository';
import { Sku } from '../../domain/product/sku';
import { Quantity, UnitOfMeasure } from '../../domain/quantity';
import { StockLine } from './receive-stock.command';

export interface ArrivingLine {
  /** Normalised. */
  sku: string;
  unit: UnitOfMeasure;
  quantity: Quantity;
}

/**
 * The lines of stock about to arrive somewhere (a receipt, a transfer in), checked against their products: each must
 * exist (PRODUCT_NOT_FOUND), not be discontinued (PRODUCT_DISCONTINUED), and its quantity must suit its unit (QUANTITY_INVALID).
 */
export async function arrivingLines(products: ProductRepository, lines: StockLine[]): Promise<ArrivingLine[]> {
  // Held for share until the command commits, before any stock item is locked: a delete cannot slip in between.
  const locked = await products.lockBySkus(
    lines.map((line) => line.sku),
    'share',
  );
  const checked = [];
  for (const line of lines) {
    const sku = Sku.normalise(line.sku);
    const product = locked.find((candidate) => candidate.sku === sku);
    if (!product) throw new ProductNotFound(sku);
    product.assertStockCanArrive();
    checked.push({ sku: product.sku, unit: product.unit, quantity: Quantity.of(line.quantity, product.unit) });
  }
  return checked;
}

/** The unit of each SKU among the lines: what `lockOrOpen` opens a missing stock item in. */
export function unitsOf(lines: ArrivingLine[]): Map<string, UnitOfMeasure> {
  return new Map(lines.map(({ sku, unit }) => [sku, unit]));
}
