import { v7 as uuidv7 } from 'uuid';

/** New identifiers are UUIDv7: time-ordered, so B-tree indexes stay compact and ids sort by creation. */
export function newId(): string {
  return uuidv7();
}
