import { ValueObject } from '@promenade/ddd';
import { SkuInvalid } from './product.errors';

/** A SKU in its normalised (upper-case) form. */
export const SKU_PATTERN = /^[A-Z0-9._-]{1,64}$/;

/** A product's stock keeping unit: trimmed and upper-cased, so `abc-1` and `ABC-1` are one product. */
export class Sku extends ValueObject<{ value: string }> {
  static of(raw: string): Sku {
    const value = Sku.normalise(raw);
    if (!SKU_PATTERN.test(value)) throw new SkuInvalid(raw);
    return new Sku({ value });
  }

  /** The form a SKU is stored and compared in; a lookup by a raw SKU goes through it, valid or not. */
  static normalise(raw: string): string {
    return raw.trim().toUpperCase();
  }

  get value(): string {
    return this.props.value;
  }
}
