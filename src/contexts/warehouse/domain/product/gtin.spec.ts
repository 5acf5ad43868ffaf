import { Gtin } from './gtin';

describe('Gtin', () => {
  it.each([
    ['GTIN-8 (EAN-8)', '96385074'],
    ['GTIN-12 (UPC-A)', '036000291452'],
    ['GTIN-13 (EAN-13)', '4006381333931'],
    ['GTIN-14', '10012345678902'],
  ])('takes a %s whose check digit is right', (_kind, digits) => {
    expect(Gtin.of(` ${digits} `).value).toBe(digits);
  });

  it.each([
    ['a wrong check digit on an EAN-13', '4006381333932'],
    ['a wrong check digit on a UPC-A', '036000291453'],
    ['a wrong check digit on a GTIN-8', '96385075'],
  ])('refuses %s with GTIN_INVALID', (_case, digits) => {
    expect(() => Gtin.of(digits)).toThrow(
      expect.objectContaining({ code: 'GTIN_INVALID', message: expect.stringContaining('check digit') }),
    );
  });

  it.each([['1234567'], ['1234567890'], ['123456789012345'], ['40063813339X1'], ['']])('refuses %j, not 8, 12, 13 or 14 digits', (raw) => {
    expect(() => Gtin.of(raw)).toThrow(expect.objectContaining({ code: 'GTIN_INVALID' }));
  });
});
