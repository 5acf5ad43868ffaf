/** A read-model row as the projection keeps it: its facts, and the sequence of the newest event applied. */
export interface ProjectedRow<F> {
  sequence: number;
  facts: F;
}

/**
 * The projection's one rule (the SQL store says the same in its upsert): a newer event's facts replace
 * the row's, an older or repeated one only fills in what the row does not know yet.
 */
export function mergeFacts<F extends object>(row: ProjectedRow<F> | undefined, sequence: number, facts: F): ProjectedRow<F> {
  const said = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined && value !== null)) as F;
  if (!row) return { sequence, facts: said };
  if (sequence > row.sequence) return { sequence, facts: { ...row.facts, ...said } };
  return { sequence: row.sequence, facts: { ...said, ...row.facts } };
}
