import { eventHandlerOf } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { ReleaseShipmentMessage } from '../../contracts';
import { ReleaseShipment } from './release-shipment.command';
import { ReleaseShipmentOnMessage } from './release-shipment.on-message';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('ReleaseShipmentOnMessage', () => {
  it('accepts shipping.release-shipment under its stable id', () => {
    expect(eventHandlerOf(ReleaseShipmentOnMessage)).toEqual({
      id: 'shipping.release-shipment-on-message',
      events: [ReleaseShipmentMessage],
    });
  });

  it("sends ReleaseShipment for the message's order, and lets a failing command fail the delivery so it is retried", async () => {
    const failure = new Error('database unavailable');
    const execute = jest.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(failure);
    const onMessage = new ReleaseShipmentOnMessage({ execute } as unknown as TransactionalCommandBus);

    await onMessage.handle(new ReleaseShipmentMessage({ orderId: ORDER }));
    await expect(onMessage.handle(new ReleaseShipmentMessage({ orderId: ORDER }))).rejects.toBe(failure);

    expect(execute.mock.calls).toEqual([[new ReleaseShipment(ORDER)], [new ReleaseShipment(ORDER)]]);
  });
});
