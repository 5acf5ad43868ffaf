import countries from 'world-countries';
import { ContactAddressInvalid } from './contact.errors';
import { isCountryCode, PostalAddress, PostalAddressFields } from './postal-address';

const berlin: PostalAddressFields = { line1: 'Alexanderplatz 1', city: 'Berlin', postalCode: '10178', country: 'DE' };

describe('PostalAddress', () => {
  it('keeps the fields trimmed, and leaves blank optional ones out', () => {
    const address = PostalAddress.of({
      line1: '  Alexanderplatz 1 ',
      line2: '   ',
      city: 'Berlin ',
      postalCode: ' 10178',
      region: '',
      country: 'DE',
    });
    expect(address.toJSON()).toEqual(berlin);
    expect(address.line2).toBeUndefined();
  });

  it('formats itself on one line', () => {
    expect(PostalAddress.of(berlin).format()).toBe('Alexanderplatz 1, 10178 Berlin, DE');
    expect(
      PostalAddress.of({
        line1: '1 Main St',
        line2: 'Apt 2',
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
        country: 'US',
      }).format(),
    ).toBe('1 Main St, Apt 2, 62701 Springfield, IL, US');
  });

  it('gives the same key to the same address typed with other case and spacing', () => {
    const other = PostalAddress.of({ line1: 'ALEXANDERPLATZ   1', city: 'berlin', postalCode: '10178', country: 'DE' });
    expect(other.key).toBe(PostalAddress.of(berlin).key);
    expect(other.equals(PostalAddress.of(berlin))).toBe(false);
  });

  it.each([
    [{ ...berlin, line1: '  ' }, 'line1 must not be blank'],
    [{ ...berlin, city: '' }, 'city must not be blank'],
    [{ ...berlin, line1: 'x'.repeat(201) }, 'line1 must be at most 200'],
    [{ ...berlin, postalCode: '1'.repeat(21) }, 'postalCode must be at most 20'],
    [{ ...berlin, country: 'XX' }, 'not an ISO 3166-1 alpha-2'],
    [{ ...berlin, country: 'XK' }, 'not an ISO 3166-1 alpha-2'],
    [{ ...berlin, country: 'de' }, 'not an ISO 3166-1 alpha-2'],
    [{ ...berlin, country: 'DEU' }, 'not an ISO 3166-1 alpha-2'],
  ])('refuses %p with CONTACT_ADDRESS_INVALID', (fields, message) => {
    const attempt = () => PostalAddress.of(fields);
    expect(attempt).toThrow(ContactAddressInvalid);
    expect(attempt).toThrow(message);
  });

  it('restores stored fields without checking them again', () => {
    expect(PostalAddress.restore({ ...berlin, country: 'YU' }).country).toBe('YU');
  });
});

describe('isCountryCode', () => {
  it('accepts the 249 ISO 3166-1 codes world-countries gives a numeric code, and nothing more', () => {
    const iso = countries.filter((country) => country.ccn3).map((country) => country.cca2);
    expect(iso).toHaveLength(249);
    expect(iso.every(isCountryCode)).toBe(true);
    expect(countries.filter((country) => isCountryCode(country.cca2))).toHaveLength(249);
  });

  it.each(['DE', 'US', 'UA', 'GB', 'JP', 'AQ'])('accepts %s', (code) => expect(isCountryCode(code)).toBe(true));

  it.each([
    ['XK', 'Kosovo: a user-assigned code, not ISO'],
    ['EU', 'a grouping'],
    ['UN', 'a grouping'],
    ['ZZ', 'unknown region'],
    ['XX', 'user-assigned'],
    ['QO', 'user-assigned'],
    ['AA', 'user-assigned'],
    ['UK', 'an alias of GB'],
    ['de', 'lower case'],
    ['D', 'too short'],
    ['DEU', 'alpha-3'],
    ['', 'blank'],
  ])('refuses %p (%s)', (code) => expect(isCountryCode(code)).toBe(false));
});
