import { referenceCatalogFromSources } from '../../infrastructure/testing/reference-catalog-from-sources';
import { GetTimezone } from './get-timezone.query';
import { GetTimezoneHandler } from './get-timezone.handler';

describe('GetTimezoneHandler', () => {
  const handler = new GetTimezoneHandler(referenceCatalogFromSources());

  it('answers a zone with its offset at that moment, daylight saving time included', async () => {
    await expect(handler.execute(new GetTimezone('Europe/Kyiv', new Date('2026-01-15T12:00:00Z')))).resolves.toMatchObject({
      name: 'Europe/Kyiv',
      countryCode: 'UA',
      utcOffset: '+02:00',
    });
    await expect(handler.execute(new GetTimezone('Europe/Kyiv', new Date('2026-07-15T12:00:00Z')))).resolves.toMatchObject({
      utcOffset: '+03:00',
    });
  });

  it('computes the offset on every read, so a cached zone never carries a stale one', async () => {
    const before = await handler.execute(new GetTimezone('America/New_York', new Date('2026-03-08T06:59:59Z')));
    const after = await handler.execute(new GetTimezone('America/New_York', new Date('2026-03-08T07:00:00Z')));
    expect([before.utcOffset, after.utcOffset]).toEqual(['-05:00', '-04:00']);
  });

  it('resolves an alias, in any case, to its zone', async () => {
    await expect(handler.execute(new GetTimezone('europe/kiev'))).resolves.toMatchObject({ name: 'Europe/Kyiv' });
    await expect(handler.execute(new GetTimezone('UTC'))).resolves.toMatchObject({ name: 'Etc/UTC', utcOffset: '+00:00' });
  });

  it('refuses an unknown name with TIMEZONE_NOT_FOUND', async () => {
    await expect(handler.execute(new GetTimezone('Mars/Olympus_Mons'))).rejects.toMatchObject({ code: 'TIMEZONE_NOT_FOUND' });
  });
});
