import { InteractionInvalid } from './interaction.errors';

export const INTERACTION_TYPES = ['call', 'email', 'meeting', 'note', 'sms', 'chat'] as const;

/** The channel an interaction took place on. */
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export function interactionType(value: string): InteractionType {
  if (!(INTERACTION_TYPES as readonly string[]).includes(value))
    throw new InteractionInvalid(`type must be one of ${INTERACTION_TYPES.join(', ')}`);
  return value as InteractionType;
}
