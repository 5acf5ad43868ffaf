import { Interaction, InteractionInput } from '../../domain/interaction/interaction.aggregate';

export const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
export const COMPANY = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
export const REP = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
export const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';
export const START = new Date('2026-03-02T09:00:00Z');

/** An open outbound call with CUSTOMER started at START, logged by REP; override what the test is about. */
export function anInteraction(overrides: Partial<InteractionInput & { endedAt: Date | null }> = {}): Interaction {
  return Interaction.log(
    {
      type: 'call',
      direction: 'outbound',
      subject: 'Renewal call',
      description: '',
      customerId: CUSTOMER,
      companyId: null,
      startedAt: START,
      endedAt: null,
      outcome: null,
      followUpRequired: false,
      followUpAt: null,
      attendees: [],
      ...overrides,
    },
    REP,
  );
}
