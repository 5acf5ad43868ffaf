import { Logger } from '@nestjs/common';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { InMemoryShipmentRepository } from '../testing/in-memory-shipment.repository';
import { CancelShipmentForOrder } from './cancel-shipment-for-order.command';
import { CancelShipmentForOrderHandler } from './cancel-shipment-for-order.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('CancelShipmentForOrderHandler', () => {
  let shipments: InMemoryShipmentRepository;
  let handler: CancelShipmentForOrderHandler;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    shipments = new InMemoryShipmentRepository();
    handler = new CancelShipmentForOrderHandler(shipments);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => warn.mockRestore());

  async function stored(shipment: Shipment): Promise<string> {
    await shipments.save(shipment);
    shipments.published.length = 0;
    return shipment.id;
  }

  const held = () => Shipment.createFor(ORDER);
  const pending = () => Shipment.releasedFor(ORDER);
  const shipped = () => {
    const shipment = pending();
    shipment.ship('DHL', 'JD0001');
    return shipment;
  };

  it.each([
    ['held', held],
    ['pending', pending],
  ])('cancels the %s shipment of a cancelled order', async (_, open) => {
    const id = await stored(open());

    await handler.execute(new CancelShipmentForOrder(ORDER));

    const shipment = await shipments.getById(id);
    expect(shipment.status).toBe('cancelled');
    expect(shipment.cancelledAt).toBeInstanceOf(Date);
    expect(shipment.version).toBe(2);
    expect(shipments.published).toEqual([]);
  });

  it('records a cancelled shipment when the cancellation arrives before the shipment was created', async () => {
    await handler.execute(new CancelShipmentForOrder(ORDER));

    expect(await shipments.findByOrderId(ORDER)).toMatchObject({ orderId: ORDER, status: 'cancelled', version: 1 });
  });

  it('leaves an already cancelled shipment alone when the cancellation is replayed', async () => {
    const id = await stored(pending());
    await handler.execute(new CancelShipmentForOrder(ORDER));
    const save = jest.spyOn(shipments, 'save');

    await handler.execute(new CancelShipmentForOrder(ORDER));

    expect(save).not.toHaveBeenCalled();
    expect(await shipments.getById(id)).toMatchObject({ status: 'cancelled', version: 2 });
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves a shipped shipment shipped when its order is cancelled, and warns about it', async () => {
    const id = await stored(shipped());
    const save = jest.spyOn(shipments, 'save');

    await handler.execute(new CancelShipmentForOrder(ORDER));

    expect(save).not.toHaveBeenCalled();
    expect(await shipments.getById(id)).toMatchObject({ status: 'shipped', cancelledAt: null, version: 1 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`order ${ORDER} was cancelled but shipment ${id} is already shipped`));
  });

  it('leaves a delivered shipment delivered when its order is cancelled', async () => {
    const delivered = shipped();
    delivered.deliver();
    const id = await stored(delivered);

    await handler.execute(new CancelShipmentForOrder(ORDER));

    expect(await shipments.getById(id)).toMatchObject({ status: 'delivered', cancelledAt: null, version: 1 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('is already delivered'));
  });
});
