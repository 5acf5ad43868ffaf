import { v7 as uuidv7, validate, version } from 'uuid';

/** New identifiers are UUIDv7: time-ordered, so B-tree indexes stay compact and ids sort by creation. */
export function newId(): string {
  return uuidv7();
}

/** Accepts any RFC 9562 UUID (clients may bring ids minted elsewhere). */
export function isUuid(value: string): boolean {
  return validate(value) && version(value) >= 1;
}
