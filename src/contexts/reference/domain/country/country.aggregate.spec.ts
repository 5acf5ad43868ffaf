import { CountryActivated } from '../events/country-activated.event';
import { CountryDeactivated } from '../events/country-deactivated.event';
import { germany } from '../testing/reference.fixtures';
import { CountryAlreadyActive, CountryAlreadyInactive } from './country.errors';

describe('Country', () => {
  it('is restored as stored, raising nothing', () => {
    const country = germany({ version: 3 });
    expect(country).toMatchObject({ id: 'DE', version: 3, alpha3: 'DEU', numeric: '276', name: 'Germany', active: true });
    expect(country.currencies).toEqual(['EUR']);
    expect(country.isNew).toBe(false);
    expect(country.pullEvents()).toEqual([]);
  });

  it('deactivates an active country and raises reference.country-deactivated with its alpha-2 code', () => {
    const country = germany();
    country.deactivate();
    expect(country.active).toBe(false);
    const [event] = country.pullEvents();
    expect(event).toBeInstanceOf(CountryDeactivated);
    expect(event.eventName).toBe('reference.country-deactivated');
    expect((event as CountryDeactivated).payload).toEqual({ code: 'DE' });
    expect(event.metadata.aggregateId).toBe('DE');
  });

  it('activates an inactive country and raises reference.country-activated', () => {
    const country = germany({ active: false });
    country.activate();
    expect(country.active).toBe(true);
    const [event] = country.pullEvents();
    expect(event).toBeInstanceOf(CountryActivated);
    expect((event as CountryActivated).payload).toEqual({ code: 'DE' });
  });

  it('refuses to deactivate an inactive country with COUNTRY_ALREADY_INACTIVE, raising nothing', () => {
    const country = germany({ active: false });
    expect(() => country.deactivate()).toThrow(CountryAlreadyInactive);
    expect(() => country.deactivate()).toThrow(expect.objectContaining({ code: 'COUNTRY_ALREADY_INACTIVE', kind: 'conflict' }));
    expect(country.active).toBe(false);
    expect(country.pullEvents()).toEqual([]);
  });

  it('refuses to activate an active country with COUNTRY_ALREADY_ACTIVE, raising nothing', () => {
    const country = germany();
    expect(() => country.activate()).toThrow(CountryAlreadyActive);
    expect(() => country.activate()).toThrow(expect.objectContaining({ code: 'COUNTRY_ALREADY_ACTIVE', kind: 'conflict' }));
    expect(country.active).toBe(true);
    expect(country.pullEvents()).toEqual([]);
  });

  it('goes back and forth, one event per change, in order', () => {
    const country = germany();
    country.deactivate();
    country.activate();
    country.deactivate();
    expect(country.pullEvents().map((event) => event.eventName)).toEqual([
      'reference.country-deactivated',
      'reference.country-activated',
      'reference.country-deactivated',
    ]);
  });
});
