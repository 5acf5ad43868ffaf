/**
 * How deeply arrays and objects may nest in a request body, and how many values it may hold in all. No
 * API body needs more than a handful of levels or a few thousand values; past these, the work every later
 * step does per value (class-transformer, class-validator, about 3 µs each) would let one 1 MiB body
 * block the event loop for a second.
 */
export const JSON_LIMITS = { depth: 64, values: 10_000 } as const;

const OPEN_BRACKET = 0x5b; // [
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACKET = 0x5d; // ]
const CLOSE_BRACE = 0x7d; // }
const COMMA = 0x2c; // ,
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Which limit JSON text exceeds, if any, found in one pass over its characters (brackets and commas inside
 * strings do not count) before anything is parsed: the cost is linear in the body, and no later step ever
 * walks an unbounded depth or count. Values are counted as containers plus commas, an upper bound.
 */
export function exceededJsonLimit(text: string, limits: { depth: number; values: number } = JSON_LIMITS): 'depth' | 'values' | undefined {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === BACKSLASH) i++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === OPEN_BRACKET || char === OPEN_BRACE) {
      if (++depth > limits.depth) return 'depth';
      if (++values > limits.values) return 'values';
    } else if (char === CLOSE_BRACKET || char === CLOSE_BRACE) {
      depth--;
    } else if (char === COMMA && ++values > limits.values) {
      return 'values';
    }
  }
  return undefined;
}
