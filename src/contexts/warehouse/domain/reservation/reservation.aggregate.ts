import { AggregateRoot, newId } from '@promenade/ddd';
import { AllocatedStock } from '../events/allocated-stock';
import { ReservationConfirmed } from '../events/reservation-confirmed.event';
import { ReservationExpired } from '../events/reservation-expired.event';
import { ReservationExpiryDue } from '../events/reservation-expiry-due.event';
import { StockIssued } from '../events/stock-issued.event';
import { StockReleased } from '../events/stock-released.event';
import { ShortStock, StockReservationFailed } from '../events/stock-reservation-failed.event';
import { StockReserved } from '../events/stock-reserved.event';
import { ProductIsDiscontinued, ProductNotFound } from '../product/product.errors';
import { Quantity } from '../quantity';
import { StockKey } from '../stock-item/stock-item.repository';
import { InsufficientStock } from '../stock-item/stock-item.errors';
import { allocate, Allocation, ReservationLine, StockLevel } from './allocation';
import { CatalogedProduct, RequestedLine } from './requested-line';
import { ReservationShortage, ShortageReason } from './reservation-shortage';
import { ReservationStatus } from './reservation-status';
import { ReservationLinesInvalid, ReservationNotHeld } from './reservation.errors';

export interface ReservationState {
  id: string;
  version: number;
  /** The order it holds stock for, a reference into another context: one reservation per order. */
  orderId: string;
  lines: ReservationLine[];
  /** Where the lines are held; empty when it failed. */
  allocations: Allocation[];
  status: ReservationStatus;
  /** The lines that could not be held, and why, when it failed. */
  shortages: ReservationShortage[];
  /** When a held reservation lets its stock go unless issued, released or confirmed first; null when failed or confirmed. */
  expiresAt: Date | null;
  /** When it was confirmed: from then on it is held until issued or released, without expiry. */
  confirmedAt: Date | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/**
 * Stock held for one order, all or nothing. It decides whether the lines can be held at all (each names a live,
 * active product), where they are taken from (the allocation rule) and its own status: held → committed (issued) |
 * released | expired, or failed when it could not be held; a held one confirmed no longer expires. The stock items it
 * names are changed by the same command, in the same transaction, under their row locks.
 */
export class Reservation extends AggregateRoot<ReservationState> {
  private constructor(state: ReservationState) {
    super(state);
  }

  /**
   * Holds the lines from `stock` (the locked stock levels of the reservable SKUs) until `expiresAt`, or records why it
   * could not: a line of an unknown or discontinued product, or too little available, fails it.
   */
  static reserve(
    orderId: string,
    requested: readonly RequestedLine[],
    stock: readonly StockLevel[],
    expiresAt: Date,
    now = new Date(),
  ): Reservation {
    const reservation = new Reservation({
      id: newId(),
      version: 0,
      orderId,
      lines: [],
      allocations: [],
      status: 'failed',
      shortages: [],
      expiresAt: null,
      confirmedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    reservation.attempt(requested, stock, expiresAt);
    return reservation;
  }

  static restore(state: ReservationState): Reservation {
    return new Reservation(state);
  }

  get orderId(): string {
    return this.state.orderId;
  }

  get lines(): readonly ReservationLine[] {
    return this.state.lines;
  }

  get allocations(): readonly Allocation[] {
    return this.state.allocations;
  }

  get status(): ReservationStatus {
    return this.state.status;
  }

  get isHeld(): boolean {
    return this.state.status === 'held';
  }

  get shortages(): readonly ReservationShortage[] {
    return this.state.shortages;
  }

  get expiresAt(): Date | null {
    return this.state.expiresAt;
  }

  get confirmedAt(): Date | null {
    return this.state.confirmedAt;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** The stock items its allocations name, the ones a release, an issue or an expiry locks and changes. */
  get stockKeys(): StockKey[] {
    return this.state.allocations.map(({ sku, warehouseCode }) => ({ sku, warehouseCode }));
  }

  /**
   * A repeated reserve for the same order: a failed reservation tries again with the lines asked now; any other
   * stands as it is, the answer to the repeat (reserving is idempotent per order).
   */
  retry(requested: readonly RequestedLine[], stock: readonly StockLevel[], expiresAt: Date): void {
    if (this.state.status === 'failed') this.attempt(requested, stock, expiresAt);
  }

  /**
   * The answer to a reserve that failed, for the edges that must refuse it: PRODUCT_NOT_FOUND for an unknown product,
   * else PRODUCT_DISCONTINUED, else INSUFFICIENT_STOCK naming each short line. Messages read the failure event instead.
   */
  assertNotShort(): void {
    if (this.state.status !== 'failed') return;
    const refused = (reason: ShortageReason) => this.state.shortages.find((shortage) => shortage.reason === reason);
    const unknown = refused('unknown');
    if (unknown) throw new ProductNotFound(unknown.sku);
    const discontinued = refused('discontinued');
    if (discontinued) throw new ProductIsDiscontinued(discontinued.sku);
    throw new InsufficientStock(this.shortStock().map(({ sku, requested, available }) => ({ sku, requested, available })));
  }

  /**
   * The order will take its stock: held until issued or released however long that takes, so the expiry no longer
   * applies (its due delivery finds nothing to expire). Answers whether it changed: a second confirmation changes
   * nothing. RESERVATION_NOT_HELD once it left held (expired, released, issued) or failed.
   */
  confirm(now = new Date()): boolean {
    this.assertHeld('confirmed');
    if (this.state.confirmedAt !== null) return false;
    this.state = { ...this.state, confirmedAt: now, expiresAt: null };
    this.apply(new ReservationConfirmed({ reservationId: this.id, orderId: this.state.orderId, confirmedAt: now.toISOString() }));
    return true;
  }

  release(now = new Date()): void {
    this.assertHeld('released');
    this.state = { ...this.state, status: 'released' };
    this.apply(new StockReleased({ ...this.subject(), releasedAt: now.toISOString() }));
  }

  /** The stock leaves the warehouses: the command issues each allocation from its stock item. */
  issue(now = new Date()): void {
    this.assertHeld('issued');
    this.state = { ...this.state, status: 'committed' };
    this.apply(new StockIssued({ ...this.subject(), issuedAt: now.toISOString() }));
  }

  /**
   * Expires it if it is still held and its time has come, and answers whether it did. A due expiry may arrive
   * after the reservation was confirmed, issued or released (nothing cancels it), or early by another clock: then it
   * does nothing.
   */
  expireIfDue(now = new Date()): boolean {
    const { status, expiresAt } = this.state;
    if (status !== 'held' || expiresAt === null || expiresAt > now) return false;
    this.state = { ...this.state, status: 'expired' };
    this.apply(new ReservationExpired({ ...this.subject(), expiredAt: now.toISOString() }));
    return true;
  }

  private attempt(requested: readonly RequestedLine[], stock: readonly StockLevel[], expiresAt: Date): void {
    if (requested.length === 0) throw new ReservationLinesInvalid('a reservation needs at least one line');
    const twice = requested.find((line, index) => requested.findIndex((other) => other.sku === line.sku) !== index);
    if (twice) throw new ReservationLinesInvalid(`${twice.sku} appears on two lines; ask for its whole quantity on one`);
    const lines: ReservationLine[] = requested.map(({ sku, quantity, product }) => ({
      sku,
      quantity: Quantity.of(quantity, product?.unit ?? null),
    }));
    const refusals = requested.map(({ product }) => refusalOf(product));
    const outcome = allocate(
      lines.filter((_, index) => refusals[index] === null),
      stock,
    );
    // In line order: a refused line names its reason, a reservable one that came up short what was available of it.
    const shortages = lines.flatMap((line, index): ReservationShortage[] => {
      const reason = refusals[index];
      if (reason) return [{ sku: line.sku, requested: line.quantity, available: Quantity.zero, reason }];
      const short = outcome.held ? undefined : outcome.shortages.find((shortage) => shortage.sku === line.sku);
      return short ? [{ ...short, reason: 'insufficient' }] : [];
    });
    if (!outcome.held || shortages.length > 0) {
      this.state = { ...this.state, lines, allocations: [], status: 'failed', shortages, expiresAt: null };
      this.apply(new StockReservationFailed({ reservationId: this.id, orderId: this.state.orderId, shortages: this.shortStock() }));
      return;
    }
    this.state = { ...this.state, lines, allocations: outcome.allocations, status: 'held', shortages: [], expiresAt };
    this.apply(new StockReserved({ ...this.subject(), expiresAt: expiresAt.toISOString() }));
    this.apply(new ReservationExpiryDue({ reservationId: this.id }, { deliverAt: expiresAt.toISOString() }));
  }

  private assertHeld(action: string): void {
    if (this.state.status !== 'held') throw new ReservationNotHeld(this.id, this.state.status, action);
  }

  private shortStock(): ShortStock[] {
    return this.state.shortages.map((s) => ({
      sku: s.sku,
      requested: s.requested.toNumber(),
      available: s.available.toNumber(),
      reason: s.reason,
    }));
  }

  /** What every event of a held reservation's stock carries. */
  private subject(): { reservationId: string; orderId: string; allocations: AllocatedStock[] } {
    return {
      reservationId: this.id,
      orderId: this.state.orderId,
      allocations: this.state.allocations.map((a) => ({ sku: a.sku, warehouseCode: a.warehouseCode, quantity: a.quantity.toNumber() })),
    };
  }
}

/** Why the catalog refuses to have a line held, or null when its product may be reserved. */
function refusalOf(product: CatalogedProduct | null): ShortageReason | null {
  if (product === null) return 'unknown';
  return product.isDiscontinued ? 'discontinued' : null;
}
