/** Interactions by type, and pending and overdue follow-ups (overdue: due before `now`). */
export class GetInteractionInsights {
  constructor(readonly now: Date) {}
}
