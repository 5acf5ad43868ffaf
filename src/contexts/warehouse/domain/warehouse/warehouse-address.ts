import countries from 'world-countries';
import { WarehouseDetailsInvalid } from './warehouse.errors';

/** A postal address as a client sends it: the optional lines may be left out or null. */
export interface WarehouseAddressInput {
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  region?: string | null;
  /** ISO 3166-1 alpha-2, any case. */
  country: string;
}

/** A checked address: text trimmed, a blank optional line none, the country upper-case. Only `warehouseAddress` makes one. */
export interface WarehouseAddress {
  readonly line1: string;
  readonly line2: string | null;
  readonly city: string;
  readonly postalCode: string;
  readonly region: string | null;
  readonly country: string;
}

/** The longest each line may be, in characters (the columns' lengths). */
export const WAREHOUSE_ADDRESS_LIMITS = { line1: 200, line2: 200, city: 100, postalCode: 20, region: 100 } as const;
type Line = keyof typeof WAREHOUSE_ADDRESS_LIMITS;

/** The ISO 3166-1 alpha-2 codes of world-countries, the reference context's source; an entry without an ISO numeric code (XK) is not ISO. */
const COUNTRY_CODES = new Set(countries.filter(({ ccn3 }) => /^\d{3}$/.test(ccn3)).map(({ cca2 }) => cca2));

/** Checks every line and the country; throws WarehouseDetailsInvalid naming the first field that breaks its rule. */
export function warehouseAddress(input: WarehouseAddressInput): WarehouseAddress {
  const country = input.country.trim().toUpperCase();
  if (!COUNTRY_CODES.has(country))
    throw new WarehouseDetailsInvalid(`"${input.country}" is not an ISO 3166-1 alpha-2 country code such as UA`);
  return {
    line1: required('line1', input.line1),
    line2: optional('line2', input.line2),
    city: required('city', input.city),
    postalCode: required('postalCode', input.postalCode),
    region: optional('region', input.region),
    country,
  };
}

export function sameAddress(a: WarehouseAddress, b: WarehouseAddress): boolean {
  return (Object.keys(a) as Array<keyof WarehouseAddress>).every((field) => a[field] === b[field]);
}

function required(line: Line, value: string): string {
  const text = optional(line, value);
  if (text === null) throw new WarehouseDetailsInvalid(`address ${line} must not be blank`);
  return text;
}

function optional(line: Line, value: string | null | undefined): string | null {
  const text = value?.trim() || null;
  if (text !== null && text.length > WAREHOUSE_ADDRESS_LIMITS[line]) {
    throw new WarehouseDetailsInvalid(`address ${line} is at most ${WAREHOUSE_ADDRESS_LIMITS[line]} characters`);
  }
  return text;
}
