import { formatInvoiceNumber } from './invoice-numbering';

describe('formatInvoiceNumber', () => {
  it('writes series, year and a six-digit sequence', () => {
    expect(formatInvoiceNumber('INV', 2026, 1)).toBe('INV-2026-000001');
    expect(formatInvoiceNumber('CN', 2027, 42)).toBe('CN-2027-000042');
  });

  it('keeps every digit past six', () => {
    expect(formatInvoiceNumber('INV', 2026, 1_234_567)).toBe('INV-2026-1234567');
  });
});
