import { Quantity } from '../quantity';

/** A quantity of one SKU an order asks to have held. */
export interface ReservationLine {
  sku: string;
  quantity: Quantity;
}

/** What one warehouse could give of one SKU: a stock item's `available`. */
export interface StockLevel {
  sku: string;
  warehouseCode: string;
  available: Quantity;
}

/** A part of a line held in one warehouse. */
export interface Allocation {
  sku: string;
  warehouseCode: string;
  quantity: Quantity;
}

/** A line that no combination of warehouses could cover, with what all of them have of it. */
export interface Shortage {
  sku: string;
  requested: Quantity;
  available: Quantity;
}

export type AllocationOutcome = { held: true; allocations: Allocation[] } | { held: false; shortages: Shortage[] };

/**
 * Where the lines are taken from, all or nothing:
 * 1. a line whose SKU has too little available across every warehouse makes the whole request short, naming each
 *    such SKU with what is available of it;
 * 2. else ONE warehouse that can serve every line, the one with most available of these lines in total (a tie goes
 *    to the code first in order);
 * 3. else a split over the fewest warehouses, found greedily: take the warehouse that covers the most of what is
 *    still needed (a tie: the code first), take all it can of each line, repeat until nothing is needed.
 * Pure: the caller passes the stock levels it holds locks on, and applies the allocations to them.
 */
export function allocate(lines: readonly ReservationLine[], stock: readonly StockLevel[]): AllocationOutcome {
  const levels = stock.filter((level) => !level.available.isZero);
  const shortages = lines.flatMap((line) => {
    const available = totalOf(levels.filter((level) => level.sku === line.sku));
    return available.isLessThan(line.quantity) ? [{ sku: line.sku, requested: line.quantity, available }] : [];
  });
  if (shortages.length > 0) return { held: false, shortages };

  const warehouses = [...new Set(levels.map((level) => level.warehouseCode))].sort(inOrder);
  const availableIn = (code: string, sku: string) =>
    levels.find((level) => level.warehouseCode === code && level.sku === sku)?.available ?? Quantity.zero;

  const whole = warehouses.filter((code) => lines.every((line) => !availableIn(code, line.sku).isLessThan(line.quantity)));
  if (whole.length > 0) {
    const best = mostOf(whole, (code) => totalOf(lines.map((line) => ({ available: availableIn(code, line.sku) }))));
    return { held: true, allocations: lines.map((line) => ({ sku: line.sku, warehouseCode: best, quantity: line.quantity })) };
  }

  const needed = new Map(lines.map((line) => [line.sku, line.quantity]));
  const allocations: Allocation[] = [];
  let candidates = warehouses;
  while ([...needed.values()].some((quantity) => !quantity.isZero)) {
    const takes = (code: string) =>
      [...needed].map(([sku, quantity]) => ({ sku, warehouseCode: code, quantity: availableIn(code, sku).min(quantity) }));
    const best = mostOf(candidates, (code) => totalOf(takes(code).map(({ quantity }) => ({ available: quantity }))));
    for (const take of takes(best).filter(({ quantity }) => !quantity.isZero)) {
      allocations.push(take);
      needed.set(take.sku, needed.get(take.sku)!.minus(take.quantity));
    }
    candidates = candidates.filter((code) => code !== best);
  }
  return { held: true, allocations: allocations.sort((a, b) => inOrder(a.sku, b.sku) || inOrder(a.warehouseCode, b.warehouseCode)) };
}

/** Plain character order, the same on every machine (codes and SKUs are upper-case ASCII). */
function inOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function totalOf(levels: ReadonlyArray<{ available: Quantity }>): Quantity {
  return levels.reduce((total, level) => total.plus(level.available), Quantity.zero);
}

/** The code with the largest score; `codes` is sorted, so a tie keeps the first. */
function mostOf(codes: readonly string[], score: (code: string) => Quantity): string {
  return codes.reduce((best, code) => (score(best).isLessThan(score(code)) ? code : best));
}
