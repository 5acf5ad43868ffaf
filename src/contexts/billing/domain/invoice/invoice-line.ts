import { Money, ValueObject } from '@promenade/ddd';
import { lineAmounts, LineAmounts } from './invoice-totals';
import { InvoiceLineInvalid } from './invoice.errors';

export const MAX_LINE_QUANTITY = 1_000_000;
export const MAX_DESCRIPTION_LENGTH = 500;

interface InvoiceLineProps {
  description: string;
  quantity: number;
  unitPrice: Money;
  /** Basis points: 2000 is 20 %. */
  taxRate: number;
}

/** One billed item: a quantity at a unit price with a tax rate; its amounts follow from those (invoice-totals.ts). */
export class InvoiceLine extends ValueObject<InvoiceLineProps> {
  static of(description: string, quantity: number, unitPrice: Money, taxRate: number): InvoiceLine {
    const text = description.trim();
    if (text === '' || text.length > MAX_DESCRIPTION_LENGTH) {
      throw new InvoiceLineInvalid(`a line needs a description of 1 to ${MAX_DESCRIPTION_LENGTH} characters`);
    }
    if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
      throw new InvoiceLineInvalid(`quantity of "${text}" must be a whole number from 1 to ${MAX_LINE_QUANTITY}`);
    }
    if (unitPrice.isNegative()) throw new InvoiceLineInvalid(`unit price of "${text}" must not be negative`);
    if (!Number.isSafeInteger(taxRate) || taxRate < 0 || taxRate > 10_000) {
      throw new InvoiceLineInvalid(`tax rate of "${text}" must be whole basis points from 0 to 10000`);
    }
    const line = new InvoiceLine({ description: text, quantity, unitPrice, taxRate });
    line.money(line.amounts.gross); // a line whose gross leaves Money's safe range is refused here, not at the totals
    return line;
  }

  get description(): string {
    return this.props.description;
  }

  get quantity(): number {
    return this.props.quantity;
  }

  get unitPrice(): Money {
    return this.props.unitPrice;
  }

  get taxRate(): number {
    return this.props.taxRate;
  }

  get amounts(): LineAmounts {
    return lineAmounts(this.props.quantity, this.props.unitPrice.minor, this.props.taxRate);
  }

  get net(): Money {
    return this.money(this.amounts.net);
  }

  get tax(): Money {
    return this.money(this.amounts.tax);
  }

  get gross(): Money {
    return this.money(this.amounts.gross);
  }

  private money(minor: bigint): Money {
    return Money.of(minor, this.props.unitPrice.currency);
  }
}
