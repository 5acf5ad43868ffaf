/** Lower case without accents, so "cote" finds "Côte d'Ivoire" and "ZURICH" finds "Zürich". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether any of `texts` contains `search` (folded); no search (or a blank one) matches everything. */
export function matchesSearch(search: string | undefined, texts: ReadonlyArray<string | null>): boolean {
  const wanted = foldText(search?.trim() ?? '');
  return wanted === '' || texts.some((text) => text !== null && foldText(text).includes(wanted));
}
