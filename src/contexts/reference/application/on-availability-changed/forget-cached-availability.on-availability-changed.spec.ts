import {
  CountryActivatedContract,
  CountryDeactivatedContract,
  CurrencyActivatedContract,
  CurrencyDeactivatedContract,
} from '../../contracts';
import { ReferenceCatalog } from '../reference-catalog';
import { ForgetCachedAvailabilityOnAvailabilityChanged } from './forget-cached-availability.on-availability-changed';

describe('ForgetCachedAvailabilityOnAvailabilityChanged', () => {
  const catalog = { forget: jest.fn(async () => undefined) };
  const handler = new ForgetCachedAvailabilityOnAvailabilityChanged(catalog as unknown as ReferenceCatalog);

  beforeEach(() => catalog.forget.mockClear());

  it.each([
    [new CountryDeactivatedContract({ code: 'DE' }), 'countries'],
    [new CountryActivatedContract({ code: 'DE' }), 'countries'],
    [new CurrencyDeactivatedContract({ code: 'EUR' }), 'currencies'],
    [new CurrencyActivatedContract({ code: 'EUR' }), 'currencies'],
  ])('forgets the cached resource when %p arrives: %s', async (event, resource) => {
    await handler.handle(event);
    expect(catalog.forget).toHaveBeenCalledWith(resource);
  });

  it('fails when the cache could not forget, so that the delivery is retried (then dead-lettered) rather than acknowledged', async () => {
    catalog.forget.mockRejectedValueOnce(new Error('reference cache: could not forget countries (ECONNREFUSED)'));
    await expect(handler.handle(new CountryDeactivatedContract({ code: 'DE' }))).rejects.toThrow('could not forget countries');
  });
});
