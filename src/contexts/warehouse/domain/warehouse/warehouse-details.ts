import { sameAddress, WarehouseAddress, warehouseAddress, WarehouseAddressInput } from './warehouse-address';
import { timeZone } from './time-zone';
import { WarehouseDetailsInvalid } from './warehouse.errors';

export const WAREHOUSE_NAME_MAX_LENGTH = 200;

/** What a client sends. */
export interface WarehouseDetailsInput {
  name: string;
  address: WarehouseAddressInput;
  /** An IANA time zone, any of its names, any case. */
  timeZone: string;
}

/** The fields of a warehouse a PATCH may change, each checked: only `warehouseDetails` makes one. */
export interface WarehouseDetails {
  readonly name: string;
  readonly address: WarehouseAddress;
  /** The zone's canonical IANA name. */
  readonly timeZone: string;
}

export type WarehouseDetailField = keyof WarehouseDetails;

/** Checks and normalises the fields; throws WarehouseDetailsInvalid naming the first that breaks its rule. */
export function warehouseDetails(input: WarehouseDetailsInput): WarehouseDetails {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '' || name.length > WAREHOUSE_NAME_MAX_LENGTH) {
    throw new WarehouseDetailsInvalid(`a warehouse name is 1-${WAREHOUSE_NAME_MAX_LENGTH} characters, not blank`);
  }
  return { name, address: warehouseAddress(input.address), timeZone: timeZone(input.timeZone) };
}

/** The fields of `after` that differ from `before`, in a stable order. */
export function changedWarehouseFields(before: WarehouseDetails, after: WarehouseDetails): WarehouseDetailField[] {
  return (Object.keys(after) as WarehouseDetailField[]).filter((field) =>
    field === 'address' ? !sameAddress(before.address, after.address) : before[field] !== after[field],
  );
}
