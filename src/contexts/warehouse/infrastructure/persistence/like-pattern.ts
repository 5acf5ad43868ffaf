/** An ILIKE pattern matching text that contains `fragment` as typed: its `%`, `_` and `\` match only themselves. */
export function containing(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
