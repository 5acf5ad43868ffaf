import { Logger } from '@nestjs/common';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { CreateShipment } from '../create-shipment/create-shipment.command';
import { CreateShipmentHandler } from '../create-shipment/create-shipment.handler';
import { InMemoryShipmentRepository } from '../testing/in-memory-shipment.repository';
import { ReleaseShipment } from './release-shipment.command';
import { ReleaseShipmentHandler } from './release-shipment.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('ReleaseShipmentHandler', () => {
  let shipments: InMemoryShipmentRepository;
  let handler: ReleaseShipmentHandler;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    shipments = new InMemoryShipmentRepository();
    handler = new ReleaseShipmentHandler(shipments);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    jest.spyOn(Logger.prototype, 'log').mockImplementation();
  });

  afterEach(() => jest.restoreAllMocks());

  async function stored(shipment: Shipment): Promise<string> {
    await shipments.save(shipment);
    return shipment.id;
  }

  it("makes the order's held shipment pending, once however often it is asked", async () => {
    const id = await stored(Shipment.createFor(ORDER));

    await handler.execute(new ReleaseShipment(ORDER));
    await handler.execute(new ReleaseShipment(ORDER));

    const shipment = await shipments.getById(id);
    expect(shipment).toMatchObject({ status: 'pending', version: 2 });
    expect(shipment.releasedAt).toBeInstanceOf(Date);
    expect(warn).not.toHaveBeenCalled();
  });

  it('records the shipment released when the release arrives before the order placement, which then creates nothing', async () => {
    await handler.execute(new ReleaseShipment(ORDER));
    await new CreateShipmentHandler(shipments).execute(new CreateShipment(ORDER));

    const { items } = await shipments.findPage({ orderId: ORDER }, 0, 10);
    expect(items).toEqual([expect.objectContaining({ orderId: ORDER, status: 'pending', version: 1 })]);
    expect(items[0].releasedAt).toBeInstanceOf(Date);
  });

  it('leaves a cancelled shipment cancelled, with a warning', async () => {
    const id = await stored(Shipment.cancelledFor(ORDER));
    const save = jest.spyOn(shipments, 'save');

    await handler.execute(new ReleaseShipment(ORDER));

    expect(save).not.toHaveBeenCalled();
    expect(await shipments.getById(id)).toMatchObject({ status: 'cancelled', releasedAt: null, version: 1 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`shipment ${id} is cancelled; left as is`));
  });

  it('leaves a shipment already on its way as it is', async () => {
    const shipped = Shipment.releasedFor(ORDER);
    shipped.ship('DHL', 'JD0001');
    const id = await stored(shipped);
    const save = jest.spyOn(shipments, 'save');

    await handler.execute(new ReleaseShipment(ORDER));

    expect(save).not.toHaveBeenCalled();
    expect(await shipments.getById(id)).toMatchObject({ status: 'shipped', version: 1 });
  });
});
