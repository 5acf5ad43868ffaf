import { ShipmentShipped } from '../../domain/events/shipment-shipped.event';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import {
  ShipmentInvalidTransition,
  ShipmentNotFound,
  ShipmentNotReleased,
  ShipmentTrackingInvalid,
} from '../../domain/shipment/shipment.errors';
import { InMemoryShipmentRepository } from '../testing/in-memory-shipment.repository';
import { ShipShipment } from './ship-shipment.command';
import { ShipShipmentHandler } from './ship-shipment.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('ShipShipmentHandler', () => {
  let shipments: InMemoryShipmentRepository;
  let handler: ShipShipmentHandler;

  beforeEach(() => {
    shipments = new InMemoryShipmentRepository();
    handler = new ShipShipmentHandler(shipments);
  });

  async function stored(shipment: Shipment): Promise<string> {
    await shipments.save(shipment);
    shipments.published.length = 0;
    return shipment.id;
  }

  it('ships a released shipment with its carrier and tracking number and raises ShipmentShipped', async () => {
    const id = await stored(Shipment.releasedFor(ORDER));

    await handler.execute(new ShipShipment(id, ' DHL ', ' JD0001 '));

    const shipment = await shipments.getById(id);
    expect(shipment).toMatchObject({ status: 'shipped', carrier: 'DHL', trackingNumber: 'JD0001', version: 2 });
    expect(shipment.shippedAt).toBeInstanceOf(Date);
    expect(shipments.published).toHaveLength(1);
    expect(shipments.published[0]).toBeInstanceOf(ShipmentShipped);
    expect((shipments.published[0] as ShipmentShipped).payload).toEqual({
      shipmentId: id,
      orderId: ORDER,
      carrier: 'DHL',
      trackingNumber: 'JD0001',
    });
  });

  it('refuses to ship an unknown shipment with SHIPMENT_NOT_FOUND', async () => {
    const attempt = handler.execute(new ShipShipment(UNKNOWN, 'DHL', 'JD0001'));

    await expect(attempt).rejects.toBeInstanceOf(ShipmentNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'SHIPMENT_NOT_FOUND', kind: 'not_found' });
    expect(shipments.published).toEqual([]);
  });

  it.each([
    ['a carrier', ' ', 'JD0001'],
    ['a tracking number', 'DHL', ''],
  ])('refuses to ship without %s with SHIPMENT_TRACKING_INVALID and leaves it pending', async (_missing, carrier, trackingNumber) => {
    const id = await stored(Shipment.releasedFor(ORDER));

    const attempt = handler.execute(new ShipShipment(id, carrier, trackingNumber));

    await expect(attempt).rejects.toBeInstanceOf(ShipmentTrackingInvalid);
    await expect(attempt).rejects.toMatchObject({ code: 'SHIPMENT_TRACKING_INVALID', kind: 'invalid' });
    expect(await shipments.getById(id)).toMatchObject({ status: 'pending', carrier: null, version: 1 });
    expect(shipments.published).toEqual([]);
  });

  it('refuses to ship a held shipment with SHIPMENT_NOT_RELEASED, leaving it held', async () => {
    const id = await stored(Shipment.createFor(ORDER));

    const attempt = handler.execute(new ShipShipment(id, 'DHL', 'JD0001'));

    await expect(attempt).rejects.toBeInstanceOf(ShipmentNotReleased);
    await expect(attempt).rejects.toMatchObject({ code: 'SHIPMENT_NOT_RELEASED', kind: 'conflict' });
    expect(await shipments.getById(id)).toMatchObject({ status: 'held', carrier: null, version: 1 });
    expect(shipments.published).toEqual([]);
  });

  it('refuses to ship a shipment twice with SHIPMENT_INVALID_TRANSITION and keeps the first tracking', async () => {
    const id = await stored(Shipment.releasedFor(ORDER));
    await handler.execute(new ShipShipment(id, 'DHL', 'JD0001'));

    const attempt = handler.execute(new ShipShipment(id, 'UPS', '1Z999'));

    await expect(attempt).rejects.toBeInstanceOf(ShipmentInvalidTransition);
    await expect(attempt).rejects.toMatchObject({ code: 'SHIPMENT_INVALID_TRANSITION', kind: 'conflict' });
    expect(await shipments.getById(id)).toMatchObject({ carrier: 'DHL', trackingNumber: 'JD0001', version: 2 });
    expect(shipments.published).toHaveLength(1);
  });

  it('refuses to ship a cancelled shipment with SHIPMENT_INVALID_TRANSITION', async () => {
    const cancelled = Shipment.createFor(ORDER);
    cancelled.cancel();
    const id = await stored(cancelled);

    const attempt = handler.execute(new ShipShipment(id, 'DHL', 'JD0001'));

    await expect(attempt).rejects.toBeInstanceOf(ShipmentInvalidTransition);
    expect((await shipments.getById(id)).status).toBe('cancelled');
    expect(shipments.published).toEqual([]);
  });
});
