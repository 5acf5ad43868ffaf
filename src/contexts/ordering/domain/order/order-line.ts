import { Money, ValueObject } from '@promenade/ddd';
import { OrderLineInvalid } from './order.errors';

/** Stock keeping unit: letters, digits and `-_.`, up to 64 characters (it appears in URLs). */
export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A quantity of one SKU at a unit price; the order holds at most one line per SKU. */
export class OrderLine extends ValueObject<{ sku: string; quantity: number; unitPrice: Money }> {
  static of(sku: string, quantity: number, unitPrice: Money): OrderLine {
    if (!SKU_PATTERN.test(sku)) throw new OrderLineInvalid(`"${sku}" is not a valid SKU`);
    if (!Number.isSafeInteger(quantity) || quantity < 1) throw new OrderLineInvalid(`quantity of ${sku} must be a whole number above 0`);
    if (unitPrice.isNegative()) throw new OrderLineInvalid(`unit price of ${sku} must not be negative`);
    return new OrderLine({ sku, quantity, unitPrice });
  }

  get sku(): string {
    return this.props.sku;
  }

  get quantity(): number {
    return this.props.quantity;
  }

  get unitPrice(): Money {
    return this.props.unitPrice;
  }

  get total(): Money {
    return this.props.unitPrice.multiply(this.props.quantity);
  }
}
