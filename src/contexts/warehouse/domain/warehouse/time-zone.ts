import { getTimeZones } from '@vvo/tzdb';
import { WarehouseDetailsInvalid } from './warehouse.errors';

/**
 * Every name a zone is known by, lower-cased, to its @vvo/tzdb name: the source and the names the reference
 * context serves (its zones with UTC, each zone's group as its aliases), so `europe/kiev` → `Europe/Kyiv`.
 */
const ZONE_OF_NAME = new Map(
  getTimeZones({ includeUtc: true }).flatMap(({ name, group }) => [name, ...group].map((alias) => [alias.toLowerCase(), name] as const)),
);

/** The IANA time zone named `raw` (any case, any of its names), as its canonical name; else WarehouseDetailsInvalid. */
export function timeZone(raw: string): string {
  const zone = ZONE_OF_NAME.get(raw.trim().toLowerCase());
  if (zone === undefined) throw new WarehouseDetailsInvalid(`"${raw}" is not an IANA time zone such as Europe/Kyiv`);
  return zone;
}
