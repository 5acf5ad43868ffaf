import { InteractionInvalid } from './interaction.errors';

export const INTERACTION_OUTCOMES = ['successful', 'no_answer', 'voicemail', 'busy', 'scheduled', 'not_interested'] as const;

/** How an interaction turned out; unknown (null) until someone says. */
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

export function interactionOutcome(value: string): InteractionOutcome {
  if (!(INTERACTION_OUTCOMES as readonly string[]).includes(value))
    throw new InteractionInvalid(`outcome must be one of ${INTERACTION_OUTCOMES.join(', ')}`);
  return value as InteractionOutcome;
}
