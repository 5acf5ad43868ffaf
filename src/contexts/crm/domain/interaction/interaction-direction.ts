import { InteractionInvalid } from './interaction.errors';

export const INTERACTION_DIRECTIONS = ['inbound', 'outbound'] as const;

/** Who reached out: the customer (inbound) or we (outbound). */
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

export function interactionDirection(value: string): InteractionDirection {
  if (!(INTERACTION_DIRECTIONS as readonly string[]).includes(value))
    throw new InteractionInvalid(`direction must be one of ${INTERACTION_DIRECTIONS.join(', ')}`);
  return value as InteractionDirection;
}
