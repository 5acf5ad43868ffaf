/** The open stages, in the order a deal moves through them. */
export const OPEN_DEAL_STAGES = ['lead', 'qualified', 'proposal', 'negotiation'] as const;
export const DEAL_STAGES = [...OPEN_DEAL_STAGES, 'closed_won', 'closed_lost'] as const;

/**
 * lead → qualified → proposal → negotiation → closed_won; any open stage → closed_lost. An open deal
 * moves one stage forward or one back; a closed deal is final.
 */
export type DealStage = (typeof DEAL_STAGES)[number];
export type OpenDealStage = (typeof OPEN_DEAL_STAGES)[number];

/** The chance of winning a deal in each stage, in percent, until someone overrides it. */
export const DEFAULT_PROBABILITY: Readonly<Record<DealStage, number>> = {
  lead: 10,
  qualified: 25,
  proposal: 50,
  negotiation: 75,
  closed_won: 100,
  closed_lost: 0,
};

export function isOpenStage(stage: DealStage): stage is OpenDealStage {
  return (OPEN_DEAL_STAGES as readonly string[]).includes(stage);
}

/** Whether an open deal may go from `from` to `to` by a stage move: exactly one open stage forward or back. */
export function isAdjacentOpenStage(from: OpenDealStage, to: DealStage): boolean {
  if (!isOpenStage(to)) return false;
  return Math.abs(OPEN_DEAL_STAGES.indexOf(to) - OPEN_DEAL_STAGES.indexOf(from)) === 1;
}
