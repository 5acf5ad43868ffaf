import { referenceCatalogFromSources } from '../../infrastructure/testing/reference-catalog-from-sources';
import { ListTimezones } from './list-timezones.query';
import { ListTimezonesHandler } from './list-timezones.handler';

const WINTER = new Date('2026-01-15T12:00:00Z');
const SUMMER = new Date('2026-07-15T12:00:00Z');

describe('ListTimezonesHandler', () => {
  const handler = new ListTimezonesHandler(referenceCatalogFromSources());

  it('lists every zone with its offset at the moment asked about', async () => {
    const all = await handler.execute(new ListTimezones({}, WINTER));
    expect(all).toHaveLength(318);
    expect(all.find((zone) => zone.name === 'Europe/Berlin')).toMatchObject({ utcOffset: '+01:00', utcOffsetMinutes: 60 });
  });

  it("follows daylight saving time: the same zone's offset in summer", async () => {
    const [berlin] = await handler.execute(new ListTimezones({ search: 'Europe/Berlin' }, SUMMER));
    expect(berlin).toMatchObject({ name: 'Europe/Berlin', utcOffset: '+02:00', utcOffsetMinutes: 120 });
  });

  it("keeps a country's zones, the code in any case", async () => {
    const ukraine = await handler.execute(new ListTimezones({ country: 'ua' }, WINTER));
    expect(ukraine.map((zone) => zone.name)).toContain('Europe/Kyiv');
    expect(ukraine.every((zone) => zone.countryCode === 'UA')).toBe(true);
  });

  it('finds zones by an alias, the country name or a main city, without accents', async () => {
    const names = async (search: string) => (await handler.execute(new ListTimezones({ search }, WINTER))).map((zone) => zone.name);
    expect(await names('kiev')).toEqual(['Europe/Kyiv']);
    expect(await names('buenos aires')).toContain('America/Argentina/Buenos_Aires');
    expect(await names('sao paulo')).toContain('America/Sao_Paulo');
  });
});
