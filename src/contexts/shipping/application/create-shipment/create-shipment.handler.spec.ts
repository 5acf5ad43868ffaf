import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { InMemoryShipmentRepository } from '../testing/in-memory-shipment.repository';
import { CreateShipment } from './create-shipment.command';
import { CreateShipmentHandler } from './create-shipment.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const OTHER_ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';

describe('CreateShipmentHandler', () => {
  let shipments: InMemoryShipmentRepository;
  let handler: CreateShipmentHandler;

  beforeEach(() => {
    shipments = new InMemoryShipmentRepository();
    handler = new CreateShipmentHandler(shipments);
  });

  it('opens a held shipment for the placed order', async () => {
    await handler.execute(new CreateShipment(ORDER));

    const shipment = await shipments.findByOrderId(ORDER);
    expect(shipment).toBeInstanceOf(Shipment);
    expect(shipment).toMatchObject({
      orderId: ORDER,
      status: 'held',
      carrier: null,
      trackingNumber: null,
      releasedAt: null,
      shippedAt: null,
      version: 1,
    });
    expect(shipments.published).toEqual([]);
  });

  it('creates no second shipment when OrderPlaced is replayed', async () => {
    await handler.execute(new CreateShipment(ORDER));
    const first = await shipments.findByOrderId(ORDER);

    await handler.execute(new CreateShipment(ORDER));

    const { items, total } = await shipments.findPage({ orderId: ORDER }, 0, 10);
    expect(total).toBe(1);
    expect(items[0].id).toBe(first?.id);
    expect(items[0].version).toBe(1);
  });

  it("leaves an order's existing shipment as it is, whatever its status", async () => {
    const shipped = Shipment.releasedFor(ORDER);
    shipped.ship('DHL', 'JD0001');
    await shipments.save(shipped);
    shipments.published.length = 0;
    const save = jest.spyOn(shipments, 'save');

    await handler.execute(new CreateShipment(ORDER));

    expect(save).not.toHaveBeenCalled();
    expect(await shipments.getById(shipped.id)).toMatchObject({ status: 'shipped', version: 1 });
  });

  it('gives each order its own shipment', async () => {
    await handler.execute(new CreateShipment(ORDER));
    await handler.execute(new CreateShipment(OTHER_ORDER));

    const [one, other] = await Promise.all([shipments.findByOrderId(ORDER), shipments.findByOrderId(OTHER_ORDER)]);
    expect(other?.orderId).toBe(OTHER_ORDER);
    expect(other?.id).not.toBe(one?.id);
    expect((await shipments.findPage({}, 0, 10)).total).toBe(2);
  });
});
