import { AggregateRoot, newId } from '@promenade/ddd';
import { StockLow } from '../events/stock-low.event';
import { Quantity, QuantityInvalid, UnitOfMeasure } from '../quantity';
import { AdjustmentDirection, AdjustmentReason } from './adjustment-reason';
import { InsufficientStock, StockNotReserved } from './stock-item.errors';
import { MovementContext, MovementDirection, MovementType, StockMovement } from './stock-movement';

export interface StockItemState {
  id: string;
  version: number;
  sku: string;
  warehouseCode: string;
  unit: UnitOfMeasure;
  onHand: Quantity;
  /** Held for reservations: still on hand, no longer available. Never above onHand. */
  reserved: Quantity;
  /** Below this available quantity the item is low (StockLow); null: never. */
  reorderPoint: Quantity | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

interface Movement {
  type: MovementType;
  direction: MovementDirection;
  quantity: Quantity;
  ctx: MovementContext;
  now: Date;
  reason?: AdjustmentReason;
  transferId?: string;
  /** The quantity leaves reserved stock too (an issue). */
  fromReserved?: boolean;
}

/**
 * A product's stock in one warehouse. Every change of onHand is recorded as a StockMovement (collected until
 * the repository appends them to the ledger with the item), so onHand is always the sum of the item's
 * movements; `available` (onHand − reserved) never goes below zero.
 */
export class StockItem extends AggregateRoot<StockItemState> {
  private recorded: StockMovement[] = [];

  private constructor(state: StockItemState) {
    super(state);
  }

  /** An empty stock item: what a product's first receipt, transfer or adjustment in a warehouse starts from. */
  static open(sku: string, warehouseCode: string, unit: UnitOfMeasure, now = new Date()): StockItem {
    return new StockItem({
      id: newId(),
      version: 0,
      sku,
      warehouseCode,
      unit,
      onHand: Quantity.zero,
      reserved: Quantity.zero,
      reorderPoint: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** Rebuilds a stored stock item; no rule is re-run and no event raised. */
  static restore(state: StockItemState): StockItem {
    return new StockItem(state);
  }

  get sku(): string {
    return this.state.sku;
  }

  get warehouseCode(): string {
    return this.state.warehouseCode;
  }

  get unit(): UnitOfMeasure {
    return this.state.unit;
  }

  get onHand(): Quantity {
    return this.state.onHand;
  }

  get reserved(): Quantity {
    return this.state.reserved;
  }

  get available(): Quantity {
    return this.state.onHand.minus(this.state.reserved);
  }

  get reorderPoint(): Quantity | null {
    return this.state.reorderPoint;
  }

  get isBelowReorderPoint(): boolean {
    return this.state.reorderPoint !== null && this.available.isLessThan(this.state.reorderPoint);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** The movements recorded since the last save, oldest first: what the command did, before the save appends them. */
  get newMovements(): readonly StockMovement[] {
    return this.recorded;
  }

  /** Takes the movements recorded since the last save, oldest first, leaving none behind (as pullEvents): the repository appends them to the ledger. */
  pullMovements(): StockMovement[] {
    const movements = this.recorded;
    this.recorded = [];
    return movements;
  }

  receive(quantity: Quantity, ctx: MovementContext, now = new Date()): void {
    this.move({ type: 'receipt', direction: 'in', quantity, ctx, now });
  }

  /** A correction by hand; a decrease may take only what is available (reserved stock stays). */
  adjust(direction: AdjustmentDirection, quantity: Quantity, reason: AdjustmentReason, ctx: MovementContext, now = new Date()): void {
    if (direction === 'decrease') this.assertAvailable(quantity);
    this.move({ type: 'adjustment', direction: direction === 'increase' ? 'in' : 'out', quantity, ctx, now, reason });
  }

  /** The sending half of a transfer: only available stock leaves (reserved stock is promised here). */
  transferOut(quantity: Quantity, transferId: string, ctx: MovementContext, now = new Date()): void {
    this.assertAvailable(quantity);
    this.move({ type: 'transfer-out', direction: 'out', quantity, ctx, now, transferId });
  }

  transferIn(quantity: Quantity, transferId: string, ctx: MovementContext, now = new Date()): void {
    this.move({ type: 'transfer-in', direction: 'in', quantity, ctx, now, transferId });
  }

  /** Holds stock for a reservation: no movement (onHand is unchanged), only less available. */
  reserve(quantity: Quantity): void {
    this.assertAvailable(quantity);
    this.change(() => (this.state = { ...this.state, reserved: this.state.reserved.plus(quantity) }));
  }

  /** Gives held stock back (a reservation released or expired). */
  unreserve(quantity: Quantity): void {
    this.assertReserved(quantity);
    this.change(() => (this.state = { ...this.state, reserved: this.state.reserved.minus(quantity) }));
  }

  /** Ships held stock out: it leaves both reserved and onHand, so what is available does not change. */
  issue(quantity: Quantity, ctx: MovementContext, now = new Date()): void {
    this.assertReserved(quantity);
    this.move({ type: 'issue', direction: 'out', quantity, ctx, now, fromReserved: true });
  }

  /** A new reorder point (null: none) is a threshold for later changes; setting one above what is available raises nothing. */
  setReorderPoint(reorderPoint: Quantity | null): void {
    this.state = { ...this.state, reorderPoint };
  }

  private move({ type, direction, quantity, ctx, now, reason, transferId, fromReserved }: Movement): void {
    if (quantity.isZero) throw new QuantityInvalid(`a ${type} moves more than 0 ${this.state.unit}`);
    this.change(() => {
      const onHand = direction === 'in' ? this.state.onHand.plus(quantity) : this.state.onHand.minus(quantity);
      const reserved = fromReserved ? this.state.reserved.minus(quantity) : this.state.reserved;
      this.state = { ...this.state, onHand, reserved };
      this.recorded.push(
        StockMovement.of({
          id: newId(),
          stockItemId: this.id,
          sku: this.state.sku,
          warehouseCode: this.state.warehouseCode,
          type,
          direction,
          quantity,
          resultingOnHand: onHand,
          actor: ctx.actor,
          reason: reason ?? null,
          note: ctx.note ?? null,
          reference: ctx.reference,
          transferId: transferId ?? null,
          occurredAt: now,
        }),
      );
    });
  }

  /** Runs a change of onHand or reserved and raises StockLow when it takes available from at or above the reorder point to below it. */
  private change(apply: () => void): void {
    const wasBelow = this.isBelowReorderPoint;
    apply();
    const { reorderPoint } = this.state;
    if (wasBelow || !this.isBelowReorderPoint || reorderPoint === null) return;
    this.apply(
      new StockLow({
        stockItemId: this.id,
        sku: this.state.sku,
        warehouseCode: this.state.warehouseCode,
        available: this.available.toNumber(),
        reorderPoint: reorderPoint.toNumber(),
      }),
    );
  }

  private assertAvailable(quantity: Quantity): void {
    const available = this.available;
    if (available.isLessThan(quantity)) {
      throw new InsufficientStock([{ sku: this.state.sku, requested: quantity.toNumber(), available: available.toNumber() }]);
    }
  }

  private assertReserved(quantity: Quantity): void {
    const { reserved, sku, warehouseCode } = this.state;
    if (reserved.isLessThan(quantity)) throw new StockNotReserved(sku, warehouseCode, quantity.toNumber(), reserved.toNumber());
  }
}
