import { ShipmentDelivered } from '../events/shipment-delivered.event';
import { ShipmentShipped } from '../events/shipment-shipped.event';
import { Shipment } from './shipment.aggregate';
import { ShipmentInvalidTransition, ShipmentTrackingInvalid } from './shipment.errors';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('Shipment', () => {
  it('starts pending for its order', () => {
    const shipment = Shipment.createFor(ORDER);
    expect(shipment.status).toBe('pending');
    expect(shipment.orderId).toBe(ORDER);
    expect(shipment.carrier).toBeNull();
  });

  it('ships with a carrier and tracking number, then is delivered', () => {
    const shipment = Shipment.createFor(ORDER);
    shipment.ship(' DHL ', ' JD0001 ', new Date('2026-01-02T00:00:00Z'));
    expect(shipment).toMatchObject({ status: 'shipped', carrier: 'DHL', trackingNumber: 'JD0001' });
    expect(shipment.shippedAt?.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    shipment.deliver(new Date('2026-01-03T00:00:00Z'));
    expect(shipment.status).toBe('delivered');
    const [shipped, delivered] = shipment.pullEvents();
    expect(shipped).toBeInstanceOf(ShipmentShipped);
    expect((shipped as ShipmentShipped).payload).toEqual({
      shipmentId: shipment.id,
      orderId: ORDER,
      carrier: 'DHL',
      trackingNumber: 'JD0001',
    });
    expect(delivered).toBeInstanceOf(ShipmentDelivered);
    expect((delivered as ShipmentDelivered).payload.deliveredAt).toBe('2026-01-03T00:00:00.000Z');
  });

  it('needs a carrier and a tracking number to ship', () => {
    expect(() => Shipment.createFor(ORDER).ship(' ', 'X1')).toThrow(ShipmentTrackingInvalid);
    expect(() => Shipment.createFor(ORDER).ship('DHL', '')).toThrow(ShipmentTrackingInvalid);
  });

  it('cannot be delivered before it is shipped', () => {
    expect(() => Shipment.createFor(ORDER).deliver()).toThrow(ShipmentInvalidTransition);
  });

  it('cancels only while pending', () => {
    const pending = Shipment.createFor(ORDER);
    pending.cancel();
    expect(pending.status).toBe('cancelled');
    expect(() => pending.ship('DHL', 'X1')).toThrow(ShipmentInvalidTransition);

    const shipped = Shipment.createFor(ORDER);
    shipped.ship('DHL', 'X1');
    expect(() => shipped.cancel()).toThrow(ShipmentInvalidTransition);
    expect(shipped.status).toBe('shipped');
  });

  it('can be recorded as cancelled before it was ever pending, and then never ships', () => {
    const shipment = Shipment.cancelledFor(ORDER, new Date('2026-01-04T00:00:00Z'));
    expect(shipment).toMatchObject({ orderId: ORDER, status: 'cancelled' });
    expect(shipment.cancelledAt?.toISOString()).toBe('2026-01-04T00:00:00.000Z');
    expect(() => shipment.ship('DHL', 'X1')).toThrow(ShipmentInvalidTransition);
  });

  it('cannot ship twice or be delivered twice', () => {
    const shipment = Shipment.createFor(ORDER);
    shipment.ship('DHL', 'X1');
    expect(() => shipment.ship('UPS', 'X2')).toThrow(ShipmentInvalidTransition);
    shipment.deliver();
    expect(() => shipment.deliver()).toThrow(ShipmentInvalidTransition);
  });
});
