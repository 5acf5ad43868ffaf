import { AggregateRoot, newId } from '@promenade/ddd';
import { ShipmentDelivered } from '../events/shipment-delivered.event';
import { ShipmentShipped } from '../events/shipment-shipped.event';
import { ShipmentStatus } from './shipment-status';
import { ShipmentInvalidTransition, ShipmentNotReleased, ShipmentTrackingInvalid } from './shipment.errors';

export interface ShipmentState {
  id: string;
  version: number;
  orderId: string;
  status: ShipmentStatus;
  carrier: string | null;
  trackingNumber: string | null;
  /** When it was released to be shipped; null while held (and for one cancelled before it was). */
  releasedAt: Date | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/**
 * The delivery of one order: held until its order releases it (stock held, payment taken), then pending → shipped
 * (with carrier and tracking) → delivered; held or pending → cancelled.
 */
export class Shipment extends AggregateRoot<ShipmentState> {
  private constructor(state: ShipmentState) {
    super(state);
  }

  /** The shipment of a placed order, held: nothing ships before the order releases it. */
  static createFor(orderId: string, now = new Date()): Shipment {
    return new Shipment({
      id: newId(),
      version: 0,
      orderId,
      status: 'held',
      carrier: null,
      trackingNumber: null,
      releasedAt: null,
      shippedAt: null,
      deliveredAt: null,
      cancelledAt: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  /**
   * The order was cancelled before its shipment was created (its events were handled out of order):
   * the shipment is recorded as cancelled, so a late OrderPlaced finds it and creates nothing.
   */
  static cancelledFor(orderId: string, now = new Date()): Shipment {
    const shipment = Shipment.createFor(orderId, now);
    shipment.cancel(now);
    return shipment;
  }

  /**
   * The order released its shipment before the shipment was created (its events were handled out of order): it is
   * recorded released, so the late OrderPlaced finds it and creates nothing.
   */
  static releasedFor(orderId: string, now = new Date()): Shipment {
    const shipment = Shipment.createFor(orderId, now);
    shipment.release(now);
    return shipment;
  }

  static restore(state: ShipmentState): Shipment {
    return new Shipment(state);
  }

  get orderId(): string {
    return this.state.orderId;
  }

  get status(): ShipmentStatus {
    return this.state.status;
  }

  get carrier(): string | null {
    return this.state.carrier;
  }

  get trackingNumber(): string | null {
    return this.state.trackingNumber;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  get releasedAt(): Date | null {
    return this.state.releasedAt;
  }

  /** Held or pending: neither on its way nor cancelled, so its order may still be cancelled with it. */
  get isCancellable(): boolean {
    return this.state.status === 'held' || this.state.status === 'pending';
  }

  get shippedAt(): Date | null {
    return this.state.shippedAt;
  }

  get deliveredAt(): Date | null {
    return this.state.deliveredAt;
  }

  get cancelledAt(): Date | null {
    return this.state.cancelledAt;
  }

  /**
   * held → pending: it may be shipped now. Answers whether it changed: one released before (pending, shipped,
   * delivered) stays as it is. A cancelled one is not released (SHIPMENT_INVALID_TRANSITION).
   */
  release(now = new Date()): boolean {
    if (this.state.status === 'cancelled') throw new ShipmentInvalidTransition(this.id, 'cancelled', 'pending');
    if (this.state.status !== 'held') return false;
    this.state = { ...this.state, status: 'pending', releasedAt: now };
    return true;
  }

  /** A released (pending) shipment goes with a carrier; a held one answers SHIPMENT_NOT_RELEASED. */
  ship(carrier: string, trackingNumber: string, now = new Date()): void {
    if (this.state.status === 'held') throw new ShipmentNotReleased(this.id);
    this.assertTransition('pending', 'shipped');
    const [cleanCarrier, cleanTracking] = [carrier.trim(), trackingNumber.trim()];
    if (cleanCarrier === '') throw new ShipmentTrackingInvalid('a shipment needs a carrier');
    if (cleanTracking === '') throw new ShipmentTrackingInvalid('a shipment needs a tracking number');
    this.state = { ...this.state, status: 'shipped', carrier: cleanCarrier, trackingNumber: cleanTracking, shippedAt: now };
    this.apply(
      new ShipmentShipped({ shipmentId: this.id, orderId: this.state.orderId, carrier: cleanCarrier, trackingNumber: cleanTracking }),
    );
  }

  deliver(now = new Date()): void {
    this.assertTransition('shipped', 'delivered');
    this.state = { ...this.state, status: 'delivered', deliveredAt: now };
    this.apply(new ShipmentDelivered({ shipmentId: this.id, orderId: this.state.orderId, deliveredAt: now.toISOString() }));
  }

  /** Only a held or pending shipment is cancelled; the caller decides what a shipped one means. */
  cancel(now = new Date()): void {
    if (!this.isCancellable) throw new ShipmentInvalidTransition(this.id, this.state.status, 'cancelled');
    this.state = { ...this.state, status: 'cancelled', cancelledAt: now };
  }

  private assertTransition(from: ShipmentStatus, to: ShipmentStatus): void {
    if (this.state.status !== from) throw new ShipmentInvalidTransition(this.id, this.state.status, to);
  }
}
