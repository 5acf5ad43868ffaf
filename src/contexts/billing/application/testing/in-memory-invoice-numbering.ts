import { formatInvoiceNumber, InvoiceNumbering, InvoiceSeries } from '../../domain/invoice/invoice-numbering';

/** A unit-test stand-in for the numbering: counts per series and year, with no transaction to give a number back. */
export class InMemoryInvoiceNumbering implements InvoiceNumbering {
  private readonly last = new Map<string, number>();

  async next(series: InvoiceSeries, year: number): Promise<string> {
    const key = `${series}-${year}`;
    const sequence = (this.last.get(key) ?? 0) + 1;
    this.last.set(key, sequence);
    return formatInvoiceNumber(series, year, sequence);
  }
}
