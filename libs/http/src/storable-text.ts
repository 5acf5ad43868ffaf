import { FieldError } from './problem-details';

/**
 * PostgreSQL cannot store a NUL character in text or jsonb, nor (in UTF-8) a lone UTF-16 surrogate, which
 * JavaScript strings and JSON `\uD800` escapes can hold. Such a string in any field would fail at the
 * database as a 500; this finds it at the edge instead.
 */
export function isStorableText(text: string): boolean {
  return text.isWellFormed() && !text.includes('\0');
}

/**
 * Whether JSON text may hold an unstorable string once parsed. A body is decoded as UTF-8 (which yields
 * no lone surrogate) and JSON refuses raw control characters, so NUL and lone surrogates can only come
 * from `\u0000` and `\uD800`–`\uDFFF` escapes: one regular-expression pass, so a clean body (almost every
 * body) is never walked. A match may be a false alarm (an escaped backslash, a valid pair): the walk decides.
 */
export function mayHoldUnstorableText(json: string): boolean {
  return /\\u(?:0000|d[89a-f])/i.test(json);
}

const why = (text: string) =>
  text.includes('\0') ? 'must not contain a NUL character (\\u0000)' : 'must not contain an unpaired UTF-16 surrogate';

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | undefined;
}

/** `lines.0.sku`, as validation names fields; built only for the field that is reported. */
function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}

/**
 * The first key or string value anywhere in `value` that the database could not store, named by its path.
 * Walks with an explicit stack, never recursion (the body's depth is bounded by the parser already; query
 * and path parameters are flat), and builds no path until it finds something to report.
 */
export function findUnstorableText(value: unknown): FieldError | undefined {
  const stack: Visit[] = [];
  // Answers the report for `child` of `parent` if it is unstorable text; queues it if it is a container.
  const look = (child: unknown, key: string, parent: Visit | undefined): FieldError | undefined => {
    if (typeof child === 'string') {
      if (!isStorableText(child)) return report({ value: child, key, parent }, `${why(child)}`);
    } else if (child !== null && typeof child === 'object') {
      stack.push({ value: child, key, parent });
    }
    return undefined;
  };
  let found = look(value, '', undefined);
  for (let visit = stack.pop(); visit && !found; visit = stack.pop()) {
    const container = visit.value as Record<string, unknown> | unknown[];
    if (Array.isArray(container)) {
      // Indexes need no check, and a key string is made only for what is queued or reported.
      for (let i = 0; i < container.length && !found; i++) {
        const child = container[i];
        if (typeof child === 'string' ? !isStorableText(child) : child !== null && typeof child === 'object')
          found = look(child, String(i), visit);
      }
    } else {
      for (const key of Object.keys(container)) {
        if (!isStorableText(key)) found = report({ value: container[key], key, parent: visit }, `(a field name) ${why(key)}`);
        else found = look(container[key], key, visit);
        if (found) break;
      }
    }
  }
  return found;
}

function report(visit: Visit, reason: string): FieldError {
  const field = pathOf(visit);
  return { field, message: `${field || 'the body'} ${reason}` };
}
