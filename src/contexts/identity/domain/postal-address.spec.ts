import { ContactAddressInvalid } from './contact.errors';
import { isCountryCode, PostalAddress, PostalAddressFields } from './postal-address';

const berlin: PostalAddressFields = { line1: 'Alexanderplatz 1', city: 'Berlin', postalCode: '10178', country: 'DE' };

describe('PostalAddress', () => {
  it('keeps the fields trimmed, and leaves blank optional ones out', () => {
    const address = PostalAddress.of({ line1: '  Alexanderplatz 1 ', line2: '   ', city: 'Berlin ', postalCode: ' 10178', region: '', country: 'DE' });
    expect(address.toJSON()).toEqual(berlin);
    expect(address.line2).toBeUndefined();
  });

  it('formats itself on one line', () => {
    expect(PostalAddress.of(berlin).format()).toBe('Alexanderplatz 1, 10178 Berlin, DE');
    expect(PostalAddress.of({ line1: '1 Main St', line2: 'Apt 2', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' }).format()).toBe(
      '1 Main St, Apt 2, 62701 Springfield, IL, US',
    );
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
  it.each(['DE', 'US', 'GB', 'JP', 'XK'])('accepts %s', (code) => expect(isCountryCode(code)).toBe(true));

  it.each(['XX', 'ZZ', 'EU', 'UN', 'QO', 'AA', 'UK', 'de', 'D', 'DEU', ''])('refuses %p (unknown, a grouping, an alias or malformed)', (code) =>
    expect(isCountryCode(code)).toBe(false),
  );
});
