import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@promenade/persistence';
import { formatInvoiceNumber, InvoiceNumbering, InvoiceSeries } from '../../domain/invoice/invoice-numbering';

/**
 * `billing.invoice_sequences`: the last number given per series and year. One upsert counts up and answers the
 * number; it runs in the issuing command's transaction, so its row lock makes concurrent issues of a series
 * wait until the first commits (or rolls back, giving its number back): no gap, no duplicate. A sequence
 * would be faster but never gives a number back.
 */
@Injectable()
export class InvoiceNumberingTypeOrm implements InvoiceNumbering {
  constructor(private readonly uow: UnitOfWork) {}

  async next(series: InvoiceSeries, year: number): Promise<string> {
    const rows: { last: number | string }[] = await this.uow.manager.query(
      `INSERT INTO billing.invoice_sequences (series, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (series, year) DO UPDATE SET last = invoice_sequences.last + 1
       RETURNING last`,
      [series, year],
    );
    return formatInvoiceNumber(series, year, Number(rows[0].last));
  }
}
