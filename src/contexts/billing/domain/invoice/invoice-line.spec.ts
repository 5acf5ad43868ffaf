import { Money } from '@promenade/ddd';
import { InvoiceLine } from './invoice-line';

describe('InvoiceLine', () => {
  it('holds a trimmed description and its amounts', () => {
    const line = InvoiceLine.of('  Consulting ', 3, Money.of(1999, 'EUR'), 2000);
    expect(line.description).toBe('Consulting');
    expect(line.net.toJSON()).toEqual({ amount: 5997, currency: 'EUR' });
    expect(line.tax.toJSON()).toEqual({ amount: 1199, currency: 'EUR' }); // 1199.4 → 1199
    expect(line.gross.toJSON()).toEqual({ amount: 7196, currency: 'EUR' });
  });

  it('accepts the bounds: quantity 1 and 1,000,000, tax 0 and 10000, a free line', () => {
    expect(() => InvoiceLine.of('a', 1, Money.of(0, 'EUR'), 0)).not.toThrow();
    expect(() => InvoiceLine.of('a', 1_000_000, Money.of(1, 'EUR'), 10_000)).not.toThrow();
  });

  it.each([
    ['an empty description', ' ', 1, 100, 0],
    ['a description over 500 characters', 'x'.repeat(501), 1, 100, 0],
    ['quantity 0', 'a', 0, 100, 0],
    ['quantity above 1,000,000', 'a', 1_000_001, 100, 0],
    ['a fractional quantity', 'a', 1.5, 100, 0],
    ['a negative unit price', 'a', 1, -1, 0],
    ['a negative tax rate', 'a', 1, 100, -1],
    ['a tax rate above 10000', 'a', 1, 100, 10_001],
    ['a fractional tax rate', 'a', 1, 100, 19.5],
  ])('refuses %s with INVOICE_LINE_INVALID', (_case, description, quantity, price, taxRate) => {
    expect(() => InvoiceLine.of(description as string, quantity as number, Money.of(price as number, 'EUR'), taxRate as number)).toThrow(
      expect.objectContaining({ code: 'INVOICE_LINE_INVALID' }),
    );
  });

  it('refuses a line whose gross leaves the safe range with MONEY_AMOUNT_INVALID', () => {
    expect(() => InvoiceLine.of('a', 1_000_000, Money.of(9_000_000_000_000, 'EUR'), 0)).toThrow(
      expect.objectContaining({ code: 'MONEY_AMOUNT_INVALID' }),
    );
  });
});
