import { DiscoveryService } from '@nestjs/core';
import { AppConfig } from '@promenade/config';
import { UnitOfWork } from '@promenade/persistence';
import { EventHandler } from '../event-handler.decorator';
import { parcelDelivery, ParcelBooked } from '../testing/parcel-delivery.saga.fixture';
import { SagaHandler } from './saga-handler';
import { SagaRegistry } from './saga-registry';
import { SagaRunner } from './saga-runner';

const runner = new SagaRunner({} as UnitOfWork, new AppConfig());

/** The registry over these providers, as Nest's discovery would list them. */
function registryOf(...handlers: Array<new () => SagaHandler>): SagaRegistry {
  const providers = handlers.map((type) => ({ metatype: type, instance: new type() }));
  const registry = new SagaRegistry({
    getProviders: () => [...providers, { metatype: Object, instance: {} }],
  } as unknown as DiscoveryService);
  registry.onModuleInit();
  return registry;
}

@EventHandler('parcels.parcel-delivery-saga', ...parcelDelivery.handles)
class ParcelDeliverySaga extends SagaHandler {
  constructor() {
    super(parcelDelivery, runner);
  }
}

describe('SagaRegistry', () => {
  it('finds each saga type through its handler', () => {
    const registry = registryOf(ParcelDeliverySaga);
    expect(registry.definitions()).toEqual([parcelDelivery]);
    expect(registry.has('parcels.parcel-delivery')).toBe(true);
    expect(registry.has('parcels.other')).toBe(false);
  });

  it('refuses a handler that does not take every event of its saga: the rest would never reach it', () => {
    @EventHandler('parcels.parcel-delivery-saga', ParcelBooked)
    class Partial extends SagaHandler {
      constructor() {
        super(parcelDelivery, runner);
      }
    }
    expect(() => registryOf(Partial)).toThrow(
      /Partial must be declared with @EventHandler\(id, \.\.\.definition\.handles\): it does not take parcels\.parcel-collected v1, .*parcels\.parcel-delivery-timeout-due v1$/,
    );
  });

  it("refuses a handler id outside the saga type's context, and two handlers of one type", () => {
    @EventHandler('shipping.parcel-delivery-saga', ...parcelDelivery.handles)
    class Elsewhere extends SagaHandler {
      constructor() {
        super(parcelDelivery, runner);
      }
    }
    expect(() => registryOf(Elsewhere)).toThrow('its event handler id must start with "parcels." (got "shipping.parcel-delivery-saga")');

    @EventHandler('parcels.parcel-delivery-saga-again', ...parcelDelivery.handles)
    class Again extends SagaHandler {
      constructor() {
        super(parcelDelivery, runner);
      }
    }
    expect(() => registryOf(ParcelDeliverySaga, Again)).toThrow('two handlers run saga parcels.parcel-delivery');
  });
});
