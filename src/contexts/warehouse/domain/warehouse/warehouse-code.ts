import { ValueObject } from '@promenade/ddd';
import { WarehouseCodeInvalid } from './warehouse.errors';

/** A warehouse code in its normalised (upper-case) form. */
export const WAREHOUSE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,15}$/;

/** A warehouse's short name in stock, movements and allocations (`KBP-1`): trimmed and upper-cased. */
export class WarehouseCode extends ValueObject<{ value: string }> {
  static of(raw: string): WarehouseCode {
    const value = WarehouseCode.normalise(raw);
    if (!WAREHOUSE_CODE_PATTERN.test(value)) throw new WarehouseCodeInvalid(raw);
    return new WarehouseCode({ value });
  }

  /** The form a code is stored and compared in; a lookup by a raw code goes through it, valid or not. */
  static normalise(raw: string): string {
    return raw.trim().toUpperCase();
  }

  get value(): string {
    return this.props.value;
  }
}
