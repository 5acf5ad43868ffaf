import { ShipmentDelivered } from '../events/shipment-delivered.event';
import { ShipmentShipped } from '../events/shipment-shipped.event';
import { Shipment } from './shipment.aggregate';
import { ShipmentInvalidTransition, ShipmentNotReleased, ShipmentTrackingInvalid } from './shipment.errors';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

/** A shipment its order released: what can be shipped. */
function released(): Shipment {
  const shipment = Shipment.createFor(ORDER);
  shipment.release();
  return shipment;
}

describe('Shipment', () => {
  it('starts held for its order', () => {
    const shipment = Shipment.createFor(ORDER);
    expect(shipment).toMatchObject({ status: 'held', orderId: ORDER, carrier: null, releasedAt: null });
  });

  it('refuses to ship while held with SHIPMENT_NOT_RELEASED, and stays held', () => {
    const shipment = Shipment.createFor(ORDER);

    expect(() => shipment.ship('DHL', 'X1')).toThrow(ShipmentNotReleased);
    expect(() => shipment.ship('DHL', 'X1')).toThrow(expect.objectContaining({ code: 'SHIPMENT_NOT_RELEASED', kind: 'conflict' }));
    expect(shipment.status).toBe('held');
    expect(shipment.pullEvents()).toEqual([]);
  });

  it('is released once: held → pending, a second release changes nothing', () => {
    const shipment = Shipment.createFor(ORDER);

    expect(shipment.release(new Date('2026-01-01T12:00:00Z'))).toBe(true);
    expect(shipment).toMatchObject({ status: 'pending', releasedAt: new Date('2026-01-01T12:00:00Z') });

    expect(shipment.release(new Date('2026-01-01T13:00:00Z'))).toBe(false);
    expect(shipment.releasedAt).toEqual(new Date('2026-01-01T12:00:00Z'));
    shipment.ship('DHL', 'X1');
    expect(shipment.release()).toBe(false);
    expect(shipment.status).toBe('shipped');
  });

  it('is never released once cancelled', () => {
    const shipment = Shipment.createFor(ORDER);
    shipment.cancel();

    expect(() => shipment.release()).toThrow(ShipmentInvalidTransition);
    expect(shipment).toMatchObject({ status: 'cancelled', releasedAt: null });
  });

  it('ships with a carrier and tracking number once released, then is delivered', () => {
    const shipment = released();
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
    expect(() => released().ship(' ', 'X1')).toThrow(ShipmentTrackingInvalid);
    expect(() => released().ship('DHL', '')).toThrow(ShipmentTrackingInvalid);
  });

  it('cannot be delivered before it is shipped', () => {
    expect(() => Shipment.createFor(ORDER).deliver()).toThrow(ShipmentInvalidTransition);
    expect(() => released().deliver()).toThrow(ShipmentInvalidTransition);
  });

  it.each([
    ['held', () => Shipment.createFor(ORDER)],
    ['pending', released],
  ])('cancels while %s, and then never ships', (_, open) => {
    const shipment = open();
    expect(shipment.isCancellable).toBe(true);

    shipment.cancel(new Date('2026-01-04T00:00:00Z'));

    expect(shipment).toMatchObject({ status: 'cancelled', isCancellable: false, cancelledAt: new Date('2026-01-04T00:00:00Z') });
    expect(() => shipment.ship('DHL', 'X1')).toThrow(ShipmentInvalidTransition);
  });

  it('is not cancelled once shipped', () => {
    const shipped = released();
    shipped.ship('DHL', 'X1');

    expect(shipped.isCancellable).toBe(false);
    expect(() => shipped.cancel()).toThrow(ShipmentInvalidTransition);
    expect(shipped.status).toBe('shipped');
  });

  it('can be recorded as cancelled before it was ever opened, and then never ships', () => {
    const shipment = Shipment.cancelledFor(ORDER, new Date('2026-01-04T00:00:00Z'));
    expect(shipment).toMatchObject({ orderId: ORDER, status: 'cancelled' });
    expect(shipment.cancelledAt?.toISOString()).toBe('2026-01-04T00:00:00.000Z');
    expect(() => shipment.ship('DHL', 'X1')).toThrow(ShipmentInvalidTransition);
  });

  it('can be recorded as released before it was ever opened, and then ships', () => {
    const shipment = Shipment.releasedFor(ORDER, new Date('2026-01-04T00:00:00Z'));
    expect(shipment).toMatchObject({ orderId: ORDER, status: 'pending', releasedAt: new Date('2026-01-04T00:00:00Z') });
    shipment.ship('DHL', 'X1');
    expect(shipment.status).toBe('shipped');
  });

  it('cannot ship twice or be delivered twice', () => {
    const shipment = released();
    shipment.ship('DHL', 'X1');
    expect(() => shipment.ship('UPS', 'X2')).toThrow(ShipmentInvalidTransition);
    shipment.deliver();
    expect(() => shipment.deliver()).toThrow(ShipmentInvalidTransition);
  });
});
