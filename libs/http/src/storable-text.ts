import { FieldError } from './problem-details';

/**
 * PostgreSQL cannot store a NUL character in text or jsonb, nor (in UTF-8) a lone UTF-16 surrogate, which
 * JavaScript strings and JSON `\uD800` escapes can hold. Such a string in any field would fail at the
 * database as a 500; this finds it at the edge instead.
 */
export function isStorableText(text: string): boolean {
  return text.isWellFormed() && !text.includes('\0');
}

const why = (text: string) => (text.includes('\0') ? 'must not contain a NUL character (\\u0000)' : 'must not contain an unpaired UTF-16 surrogate');

/**
 * The first key or string value anywhere in `value` that the database could not store, named by its path
 * (`lines.0.sku`, as validation names fields). Walks with an explicit stack, never recursion; the body's
 * depth is bounded by the parser already, and query and path parameters are flat.
 */
export function findUnstorableText(value: unknown): FieldError | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value === 'string') {
      if (!isStorableText(item.value)) return { field: item.path, message: `${item.path || 'the body'} ${why(item.value)}` };
    } else if (item.value !== null && typeof item.value === 'object') {
      for (const [key, child] of Object.entries(item.value)) {
        const path = item.path ? `${item.path}.${key}` : key;
        if (!isStorableText(key)) return { field: path, message: `the field name ${JSON.stringify(path)} ${why(key)}` };
        stack.push({ value: child, path });
      }
    }
  }
  return undefined;
}
