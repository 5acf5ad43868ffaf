import { AggregateRoot, newId } from '@promenade/ddd';
import { ShipmentDelivered } from '../events/shipment-delivered.event';
import { ShipmentShipped } from '../events/shipment-shipped.event';
import { ShipmentStatus } from './shipment-status';
import { ShipmentInvalidTransition, ShipmentTrackingInvalid } from './shipment.errors';

export interface ShipmentState {
  id: string;
  version: number;
  orderId: string;
  status: ShipmentStatus;
  carrier: string | null;
  trackingNumber: string | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** The delivery of one order: pending → shipped (with carrier and tracking) → delivered, or pending → cancelled. */
export class Shipment extends AggregateRoot<ShipmentState> {
  private constructor(state: ShipmentState) {
    super(state);
  }

  static createFor(orderId: string, now = new Date()): Shipment {
    return new Shipment({
      id: newId(),
      version: 0,
      orderId,
      status: 'pending',
      carrier: null,
      trackingNumber: null,
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

  get shippedAt(): Date | null {
    return this.state.shippedAt;
  }

  get deliveredAt(): Date | null {
    return this.state.deliveredAt;
  }

  get cancelledAt(): Date | null {
    return this.state.cancelledAt;
  }

  ship(carrier: string, trackingNumber: string, now = new Date()): void {
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

  /** Only a pending shipment is cancelled; the caller decides what a shipped one means. */
  cancel(now = new Date()): void {
    this.assertTransition('pending', 'cancelled');
    this.state = { ...this.state, status: 'cancelled', cancelledAt: now };
  }

  private assertTransition(from: ShipmentStatus, to: ShipmentStatus): void {
    if (this.state.status !== from) throw new ShipmentInvalidTransition(this.id, this.state.status, to);
  }
}
