/** What every aggregate's state holds besides its own fields: its id and the version last saved (0 before the first save). */
export interface AggregateState<Id extends string = string> {
  id: Id;
  version: number;
}

/**
 * A copy that shares nothing mutable with `state`: arrays, plain objects and dates are copied; other
 * objects are value objects, immutable, and shared. An aggregate keeps such a copy of what it is
 * built from, so neither the caller nor a store can change it behind its methods' backs.
 */
export function detachedCopy<T>(state: T): T {
  if (state instanceof Date) return new Date(state.getTime()) as T;
  if (Array.isArray(state)) return state.map(detachedCopy) as T;
  if (isPlainObject(state)) return Object.fromEntries(Object.entries(state).map(([key, value]) => [key, detachedCopy(value)])) as T;
  return state;
}

/** `detachedCopy`, frozen all the way down, so a snapshot cannot be edited in place by whoever holds it. */
export function frozenCopy<T>(state: T): Readonly<T> {
  return deepFreeze(detachedCopy(state));
}

function deepFreeze<T>(value: T): T {
  if (Array.isArray(value) || isPlainObject(value)) {
    for (const nested of Object.values(value)) deepFreeze(nested);
    Object.freeze(value);
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
