import { ShipmentDelivered } from '../../domain/events/shipment-delivered.event';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { ShipmentInvalidTransition, ShipmentNotFound } from '../../domain/shipment/shipment.errors';
import { InMemoryShipmentRepository } from '../testing/in-memory-shipment.repository';
import { DeliverShipment } from './deliver-shipment.command';
import { DeliverShipmentHandler } from './deliver-shipment.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('DeliverShipmentHandler', () => {
  let shipments: InMemoryShipmentRepository;
  let handler: DeliverShipmentHandler;

  beforeEach(() => {
    shipments = new InMemoryShipmentRepository();
    handler = new DeliverShipmentHandler(shipments);
  });

  async function stored(shipment: Shipment): Promise<string> {
    await shipments.save(shipment);
    shipments.published.length = 0;
    return shipment.id;
  }

  const shipped = () => {
    const shipment = Shipment.releasedFor(ORDER);
    shipment.ship('DHL', 'JD0001');
    return shipment;
  };

  it('delivers a shipped shipment and raises ShipmentDelivered', async () => {
    const id = await stored(shipped());

    await handler.execute(new DeliverShipment(id));

    const shipment = await shipments.getById(id);
    expect(shipment).toMatchObject({ status: 'delivered', carrier: 'DHL', version: 2 });
    expect(shipment.deliveredAt).toBeInstanceOf(Date);
    expect(shipments.published).toHaveLength(1);
    expect(shipments.published[0]).toBeInstanceOf(ShipmentDelivered);
    expect((shipments.published[0] as ShipmentDelivered).payload).toEqual({
      shipmentId: id,
      orderId: ORDER,
      deliveredAt: shipment.deliveredAt?.toISOString(),
    });
  });

  it('refuses to deliver an unknown shipment with SHIPMENT_NOT_FOUND', async () => {
    const attempt = handler.execute(new DeliverShipment(UNKNOWN));

    await expect(attempt).rejects.toBeInstanceOf(ShipmentNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'SHIPMENT_NOT_FOUND' });
  });

  it('refuses to deliver a shipment not shipped yet with SHIPMENT_INVALID_TRANSITION', async () => {
    const id = await stored(Shipment.releasedFor(ORDER));

    const attempt = handler.execute(new DeliverShipment(id));

    await expect(attempt).rejects.toBeInstanceOf(ShipmentInvalidTransition);
    await expect(attempt).rejects.toMatchObject({ code: 'SHIPMENT_INVALID_TRANSITION', kind: 'conflict' });
    expect(await shipments.getById(id)).toMatchObject({ status: 'pending', deliveredAt: null, version: 1 });
    expect(shipments.published).toEqual([]);
  });

  it('refuses to deliver a shipment twice with SHIPMENT_INVALID_TRANSITION and raises no second ShipmentDelivered', async () => {
    const id = await stored(shipped());
    await handler.execute(new DeliverShipment(id));

    const attempt = handler.execute(new DeliverShipment(id));

    await expect(attempt).rejects.toBeInstanceOf(ShipmentInvalidTransition);
    expect((await shipments.getById(id)).version).toBe(2);
    expect(shipments.published).toHaveLength(1);
  });

  it('refuses to deliver a cancelled shipment with SHIPMENT_INVALID_TRANSITION', async () => {
    const cancelled = Shipment.createFor(ORDER);
    cancelled.cancel();
    const id = await stored(cancelled);

    await expect(handler.execute(new DeliverShipment(id))).rejects.toBeInstanceOf(ShipmentInvalidTransition);
    expect((await shipments.getById(id)).status).toBe('cancelled');
  });
});
