import { Inject } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import {
  CountryActivatedContract,
  CountryDeactivatedContract,
  CurrencyActivatedContract,
  CurrencyDeactivatedContract,
} from '../../contracts';
import { REFERENCE_CATALOG, ReferenceCatalog } from '../reference-catalog';

type AvailabilityChanged = CountryActivatedContract | CountryDeactivatedContract | CurrencyActivatedContract | CurrencyDeactivatedContract;

/**
 * Forgets the cached countries or currencies when an administrator changes one's availability. It runs
 * on the committed event (never before the change is visible to a reload), once per deployment: with
 * Redis the cache is shared, so every instance reads the change from then on. A forget that fails
 * throws out of the handler: the delivery is retried, then dead-lettered, never acknowledged as done.
 */
@EventHandler(
  'reference.forget-cached-availability-on-availability-changed',
  CountryActivatedContract,
  CountryDeactivatedContract,
  CurrencyActivatedContract,
  CurrencyDeactivatedContract,
)
export class ForgetCachedAvailabilityOnAvailabilityChanged implements IEventHandler<AvailabilityChanged> {
  constructor(@Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog) {}

  async handle(event: AvailabilityChanged): Promise<void> {
    const isCountry = event instanceof CountryActivatedContract || event instanceof CountryDeactivatedContract;
    await this.catalog.forget(isCountry ? 'countries' : 'currencies');
  }
}
