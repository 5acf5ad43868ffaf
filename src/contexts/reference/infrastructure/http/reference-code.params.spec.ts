import { RequestValidationFailed } from '@promenade/http';
import { countryCodePipe, currencyCodePipe } from './reference-code.params';

const transform = (pipe: ReturnType<typeof countryCodePipe>, value: string) => pipe.transform(value, { type: 'param', data: 'code' });

describe('reference code path parameters', () => {
  it.each([
    ['de', 'DE'],
    ['De', 'DE'],
    ['deu', 'DEU'],
    ['DEU', 'DEU'],
  ])('takes the country code %p as %p', (value, expected) => {
    expect(transform(countryCodePipe('code'), value)).toBe(expected);
  });

  it.each(['d', 'DEUT', 'D1', 'DÉ', '', 'de '])('refuses the country code %p with a 400 naming the parameter', (value) => {
    expect(() => transform(countryCodePipe('code'), value)).toThrow(RequestValidationFailed);
  });

  it('takes a currency code in any case as upper case', () => {
    expect(transform(currencyCodePipe('code'), 'eur')).toBe('EUR');
  });

  it.each(['EU', 'EURO', 'E1R', '978'])('refuses the currency code %p', (value) => {
    expect(() => transform(currencyCodePipe('code'), value)).toThrow(RequestValidationFailed);
  });

  it('names the parameter in the error', () => {
    expect(() => transform(currencyCodePipe('code'), 'EURO')).toThrow(
      expect.objectContaining({ fieldErrors: [{ field: 'code', message: 'code must be an ISO 4217 currency code' }] }),
    );
  });
});
