import { ContactPhoneInvalid } from './contact.errors';
import { PhoneNumber } from './phone-number';

describe('PhoneNumber', () => {
  it.each([
    ['+49 30 1234567', undefined, '+49301234567'],
    ['+1 (212) 555-0123', undefined, '+12125550123'],
    ['030 1234567', 'DE', '+49301234567'],
    ['(212) 555-0123', 'US', '+12125550123'],
    ['+44 20 7946 0958', 'DE', '+442079460958'],
  ])('stores %p (country %p) in E.164 as %p', (input, country, e164) => {
    expect(PhoneNumber.of(input, country).e164).toBe(e164);
  });

  it('treats the same number typed differently as equal', () => {
    expect(PhoneNumber.of('030 123 4567', 'DE').equals(PhoneNumber.of('+49301234567'))).toBe(true);
  });

  it.each([
    ['030 1234567', undefined, 'international form'],
    ['+1 555 000 0000', undefined, 'not a valid phone number'],
    ['12', 'DE', 'in DE'],
    ['not a number', undefined, 'not a valid phone number'],
    ['', undefined, 'not a valid phone number'],
    ['030 1234567', 'XX', 'known numbering plan'],
    ['030 1234567', 'de', 'known numbering plan'],
    ['+49 30 1234567 ext. 12', undefined, 'extension'],
  ])('refuses %p (country %p) with CONTACT_PHONE_INVALID', (input, country, message) => {
    const attempt = () => PhoneNumber.of(input, country);
    expect(attempt).toThrow(ContactPhoneInvalid);
    expect(attempt).toThrow(message);
  });

  it('restores a stored number without parsing it again', () => {
    expect(PhoneNumber.restore('+999').e164).toBe('+999');
  });
});
