import { Quantity } from '../quantity';
import { AdjustmentReason } from './adjustment-reason';

export const MOVEMENT_TYPES = ['receipt', 'issue', 'adjustment', 'transfer-out', 'transfer-in'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];

/** Into the stock item (onHand grows) or out of it. */
export type MovementDirection = 'in' | 'out';

/** Who moved stock and why: a user id or a system name (`warehouse.expiry`), an outside reference such as an order id, a note. */
export interface MovementContext {
  actor: string;
  reference: string | null;
  note?: string | null;
}

export interface StockMovementState {
  id: string;
  stockItemId: string;
  sku: string;
  warehouseCode: string;
  type: MovementType;
  direction: MovementDirection;
  quantity: Quantity;
  resultingOnHand: Quantity;
  actor: string;
  reason: AdjustmentReason | null;
  note: string | null;
  reference: string | null;
  transferId: string | null;
  occurredAt: Date;
}

/**
 * One line of the append-only ledger: a change of a stock item's onHand, as it happened. Never changed once
 * recorded, so an item's onHand is always the sum of its movements' changes.
 */
export class StockMovement {
  private constructor(private readonly state: Readonly<StockMovementState>) {}

  /** A movement as recorded by its stock item, or read back from the ledger. */
  static of(state: StockMovementState): StockMovement {
    return new StockMovement(Object.freeze({ ...state }));
  }

  get id(): string {
    return this.state.id;
  }

  get stockItemId(): string {
    return this.state.stockItemId;
  }

  get sku(): string {
    return this.state.sku;
  }

  get warehouseCode(): string {
    return this.state.warehouseCode;
  }

  get type(): MovementType {
    return this.state.type;
  }

  get direction(): MovementDirection {
    return this.state.direction;
  }

  get quantity(): Quantity {
    return this.state.quantity;
  }

  /** The change of onHand in the item's unit, signed (+12.5 in, −3 out): what the ledger sums to onHand. */
  get signedQuantity(): number {
    return this.state.direction === 'in' ? this.state.quantity.toNumber() : -this.state.quantity.toNumber();
  }

  get resultingOnHand(): Quantity {
    return this.state.resultingOnHand;
  }

  get actor(): string {
    return this.state.actor;
  }

  get reason(): AdjustmentReason | null {
    return this.state.reason;
  }

  get note(): string | null {
    return this.state.note;
  }

  get reference(): string | null {
    return this.state.reference;
  }

  get transferId(): string | null {
    return this.state.transferId;
  }

  get occurredAt(): Date {
    return this.state.occurredAt;
  }
}
