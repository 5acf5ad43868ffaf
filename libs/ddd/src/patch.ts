/**
 * A partial change (what a PATCH asks for): a field left out keeps its value, a field given replaces
 * it, and null clears a field that may be empty. A key holding `undefined` counts as left out, never
 * as a value: that is what keeps a change from erasing what it did not name.
 */
export type Patch<T> = { [K in keyof T]?: T[K] };

/** The fields `changes` actually gives: keys holding `undefined` are dropped. */
export function givenFields<T extends object>(changes: T): Patch<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Patch<T>;
}

/** `state` with the fields `changes` gives put over it; what it leaves out (or holds as `undefined`) stays. */
export function patched<S extends object>(state: S, changes: Patch<S>): S {
  return { ...state, ...givenFields(changes) };
}
