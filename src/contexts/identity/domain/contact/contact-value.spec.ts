import { InvalidEmail } from '@promenade/ddd';
import { ContactAddressInvalid, ContactPhoneInvalid, ContactValueInvalid } from './contact.errors';
import { ContactValue, ContactValueInput } from './contact-value';

const address = { line1: 'Alexanderplatz 1', city: 'Berlin', postalCode: '10178', country: 'DE' };

describe('ContactValue', () => {
  it('holds an email address, found again in lower case', () => {
    const value = ContactValue.of('email', { value: ' Ada@Example.com ' });
    expect(value).toMatchObject({ type: 'email', text: 'Ada@Example.com', key: 'ada@example.com', address: undefined });
  });

  it('holds a phone number in E.164, with the country hint for a national number', () => {
    const value = ContactValue.of('phone', { value: '030 1234567', country: 'DE' });
    expect(value).toMatchObject({ type: 'phone', text: '+49301234567', key: '+49301234567', address: undefined });
  });

  it('holds a postal address, shown on one line', () => {
    const value = ContactValue.of('address', { address });
    expect(value.type).toBe('address');
    expect(value.text).toBe('Alexanderplatz 1, 10178 Berlin, DE');
    expect(value.address?.toJSON()).toEqual(address);
  });

  it('refuses an invalid value of each type with its code', () => {
    expect(() => ContactValue.of('email', { value: 'not-an-email' })).toThrow(InvalidEmail);
    expect(() => ContactValue.of('phone', { value: '12345' })).toThrow(ContactPhoneInvalid);
    expect(() => ContactValue.of('address', { address: { ...address, country: 'XX' } })).toThrow(ContactAddressInvalid);
  });

  it.each([
    ['email', {}, 'a contact of type email needs `value`'],
    ['email', { value: 'a@example.com', country: 'DE' }, '`country` does not apply to a contact of type email'],
    ['email', { value: 'a@example.com', address }, '`address` does not apply'],
    ['phone', { country: 'DE' }, 'a contact of type phone needs `value`'],
    ['phone', { value: '+49301234567', address }, '`address` does not apply'],
    ['address', {}, 'a contact of type address needs `address`'],
    // JSON null, which validation lets through for an optional field, counts as absent.
    ['address', { address: null, value: null } as unknown as ContactValueInput, 'a contact of type address needs `address`'],
    ['address', { address, value: 'x', country: 'DE' }, '`value` and `country` do not apply to a contact of type address'],
  ] as const)('refuses a %s contact given %p with CONTACT_VALUE_INVALID', (type, input, message) => {
    const attempt = () => ContactValue.of(type, input);
    expect(attempt).toThrow(ContactValueInvalid);
    expect(attempt).toThrow(message);
  });

  it('tells the same mailbox, number or address apart from the very same value', () => {
    const lower = ContactValue.of('email', { value: 'ada@example.com' });
    const upper = ContactValue.of('email', { value: 'ADA@example.com' });
    expect(lower.isSameAs(upper)).toBe(true);
    expect(lower.equals(upper)).toBe(false);
    expect(
      ContactValue.of('phone', { value: '030 1234567', country: 'DE' }).equals(ContactValue.of('phone', { value: '+49 30 1234567' })),
    ).toBe(true);
    expect(lower.isSameAs(ContactValue.of('email', { value: 'bob@example.com' }))).toBe(false);
  });

  it('restores stored values without checking phone and address again', () => {
    expect(ContactValue.restore('phone', '+999').text).toBe('+999');
    expect(ContactValue.restore('address', 'ignored', { ...address, country: 'YU' }).address?.country).toBe('YU');
    expect(ContactValue.restore('email', 'ada@example.com').key).toBe('ada@example.com');
  });
});
