import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { ShipmentNotFound } from '../../domain/shipment/shipment.errors';
import { InMemoryShipmentRepository } from '../testing/in-memory-shipment.repository';
import { GetShipment } from './get-shipment.query';
import { GetShipmentHandler } from './get-shipment.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('GetShipmentHandler', () => {
  let shipments: InMemoryShipmentRepository;
  let handler: GetShipmentHandler;

  beforeEach(() => {
    shipments = new InMemoryShipmentRepository();
    handler = new GetShipmentHandler(shipments);
  });

  it('answers the stored shipment with its status, tracking and version', async () => {
    const stored = Shipment.releasedFor(ORDER);
    stored.ship('DHL', 'JD0001');
    await shipments.save(stored);

    const shipment = await handler.execute(new GetShipment(stored.id));

    expect(shipment).toBeInstanceOf(Shipment);
    expect(shipment).toMatchObject({ id: stored.id, orderId: ORDER, status: 'shipped', carrier: 'DHL', trackingNumber: 'JD0001' });
    expect(shipment.version).toBe(1);
  });

  it('refuses an unknown shipment with SHIPMENT_NOT_FOUND', async () => {
    const attempt = handler.execute(new GetShipment(UNKNOWN));

    await expect(attempt).rejects.toBeInstanceOf(ShipmentNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'SHIPMENT_NOT_FOUND', kind: 'not_found' });
    await expect(attempt).rejects.toThrow(`shipment ${UNKNOWN} does not exist`);
  });
});
