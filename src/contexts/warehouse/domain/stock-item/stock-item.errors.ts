import { domainError } from '@promenade/ddd';

export class StockItemNotFound extends domainError('STOCK_ITEM_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`stock item ${id} does not exist`);
  }
}

/** A line that asked for more than is available: what was asked and what there is, in the product's unit. */
export interface Shortage {
  sku: string;
  requested: number;
  available: number;
}

/** Taking more than is available (onHand − reserved): a reservation, a transfer out or a decrease. Names each short line. */
export class InsufficientStock extends domainError('INSUFFICIENT_STOCK', 'conflict') {
  constructor(readonly shortages: Shortage[]) {
    super(`insufficient stock: ${shortages.map((s) => `${s.sku} requested ${s.requested}, available ${s.available}`).join('; ')}`);
  }

  /** The short lines as data, so a client can offer what is available without parsing the detail. */
  override get extensions(): { shortages: Shortage[] } {
    return { shortages: this.shortages };
  }
}

/** Releasing or issuing more than the stock item holds reserved: the caller's books and the item's disagree. */
export class StockNotReserved extends domainError('STOCK_NOT_RESERVED', 'conflict') {
  constructor(sku: string, warehouseCode: string, requested: number, reserved: number) {
    super(`${sku} at ${warehouseCode} has ${reserved} reserved; ${requested} cannot be released or issued`);
  }
}

/** A transfer moves stock between two warehouses, never within one. */
export class TransferWithinWarehouse extends domainError('TRANSFER_WITHIN_WAREHOUSE', 'invalid') {
  constructor(code: string) {
    super(`a transfer goes from one warehouse to another; both are ${code}`);
  }
}
