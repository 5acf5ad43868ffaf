import { AggregateRoot, newId } from '@promenade/ddd';
import { AllocatedStock } from '../events/allocated-stock';
import { ReservationExpired } from '../events/reservation-expired.event';
import { ReservationExpiryDue } from '../events/reservation-expiry-due.event';
import { StockIssued } from '../events/stock-issued.event';
import { StockReleased } from '../events/stock-released.event';
import { ShortStock, StockReservationFailed } from '../events/stock-reservation-failed.event';
import { StockReserved } from '../events/stock-reserved.event';
import { StockKey } from '../stock-item/stock-item.repository';
import { InsufficientStock } from '../stock-item/stock-item.errors';
import { allocate, Allocation, ReservationLine, Shortage, StockLevel } from './allocation';
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
  /** The lines that could not be covered, when it failed. */
  shortages: Shortage[];
  /** When a held reservation lets its stock go unless issued or released first; null when it failed. */
  expiresAt: Date | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/**
 * Stock held for one order, all or nothing. It decides where the lines are taken from (the allocation rule) and
 * its own status: held → committed (issued) | released | expired, or failed when short. The stock items it names
 * are changed by the same command, in the same transaction, under their row locks.
 */
export class Reservation extends AggregateRoot<ReservationState> {
  private constructor(state: ReservationState) {
    super(state);
  }

  /** Holds the lines from `stock` (the locked stock levels of their SKUs) until `expiresAt`, or records the shortage. */
  static reserve(orderId: string, lines: ReservationLine[], stock: readonly StockLevel[], expiresAt: Date, now = new Date()): Reservation {
    const reservation = new Reservation({
      id: newId(),
      version: 0,
      orderId,
      lines: [],
      allocations: [],
      status: 'failed',
      shortages: [],
      expiresAt: null,
      createdAt: now,
      updatedAt: now,
    });
    reservation.attempt(lines, stock, expiresAt);
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

  get shortages(): readonly Shortage[] {
    return this.state.shortages;
  }

  get expiresAt(): Date | null {
    return this.state.expiresAt;
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
  retry(lines: ReservationLine[], stock: readonly StockLevel[], expiresAt: Date): void {
    if (this.state.status === 'failed') this.attempt(lines, stock, expiresAt);
  }

  /** The answer to a reserve that came up short, for the edges that must refuse it (409 INSUFFICIENT_STOCK). */
  assertNotShort(): void {
    if (this.state.status === 'failed') throw new InsufficientStock(this.shortStock());
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
   * after the reservation was issued or released (nothing cancels it), or early by another clock: then it does nothing.
   */
  expireIfDue(now = new Date()): boolean {
    const { status, expiresAt } = this.state;
    if (status !== 'held' || expiresAt === null || expiresAt > now) return false;
    this.state = { ...this.state, status: 'expired' };
    this.apply(new ReservationExpired({ ...this.subject(), expiredAt: now.toISOString() }));
    return true;
  }

  private attempt(lines: ReservationLine[], stock: readonly StockLevel[], expiresAt: Date): void {
    if (lines.length === 0) throw new ReservationLinesInvalid('a reservation needs at least one line');
    const twice = lines.find((line, index) => lines.findIndex((other) => other.sku === line.sku) !== index);
    if (twice) throw new ReservationLinesInvalid(`${twice.sku} appears on two lines; ask for its whole quantity on one`);
    const outcome = allocate(lines, stock);
    if (!outcome.held) {
      this.state = { ...this.state, lines, allocations: [], status: 'failed', shortages: outcome.shortages, expiresAt: null };
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
    return this.state.shortages.map((s) => ({ sku: s.sku, requested: s.requested.toNumber(), available: s.available.toNumber() }));
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
