import { CountryCreated } from '../contracts/country-created.event';
import { Country } from './country.aggregate';

describe('Country', () => {
  it('is created with a new id and raises CountryCreated', () => {
    const country = Country.create(new Date('2026-01-01T00:00:00Z'));
    expect(country.isNew).toBe(true);
    const [event] = country.pullEvents();
    expect(event).toBeInstanceOf(CountryCreated);
    expect(event.eventName).toBe('reference.country-created');
    expect((event as CountryCreated).payload).toEqual({ countryId: country.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const country = Country.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(country.version).toBe(3);
    expect(country.pullEvents()).toEqual([]);
  });
});
