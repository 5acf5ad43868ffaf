import { InteractionCreated } from '../../domain/events/interaction-created.event';
import {
  InteractionCompanyUnknown,
  InteractionCustomerUnknown,
  InteractionFollowUpDateRequired,
  InteractionPartyRequired,
} from '../../domain/interaction/interaction.errors';
import { InMemoryInteractionParties, InMemoryInteractionRepository } from '../testing/in-memory-interaction.repository';
import { COMPANY, CUSTOMER, REP, UNKNOWN } from '../testing/interaction-fixtures';
import { CreateInteraction, NewInteraction } from './create-interaction.command';
import { CreateInteractionHandler } from './create-interaction.handler';

const call = (overrides: Partial<NewInteraction> = {}): NewInteraction => ({
  type: 'call',
  direction: 'inbound',
  subject: 'Question about invoice',
  description: 'Asked why the March invoice doubled.',
  customerId: CUSTOMER,
  startedAt: new Date('2026-03-02T09:00:00Z'),
  ...overrides,
});

describe('CreateInteractionHandler', () => {
  let interactions: InMemoryInteractionRepository;
  let handler: CreateInteractionHandler;

  beforeEach(() => {
    interactions = new InMemoryInteractionRepository();
    handler = new CreateInteractionHandler(interactions, new InMemoryInteractionParties(new Set([CUSTOMER]), new Set([COMPANY])));
  });

  it('logs the interaction for the caller, raises InteractionCreated and answers its id', async () => {
    const id = await handler.execute(new CreateInteraction(call({ attendees: ['ada@example.com'] }), REP));

    const stored = await interactions.getById(id);
    expect(stored).toMatchObject({ type: 'call', direction: 'inbound', customerId: CUSTOMER, companyId: null, loggedBy: REP, version: 1 });
    expect(stored).toMatchObject({
      endedAt: null,
      outcome: null,
      followUpRequired: false,
      followUpAt: null,
      attendees: ['ada@example.com'],
    });
    expect(interactions.published).toEqual([expect.any(InteractionCreated)]);
  });

  it('takes a follow-up date alone as a required follow-up', async () => {
    const id = await handler.execute(new CreateInteraction(call({ followUpAt: new Date('2026-03-03T09:00:00Z') }), REP));

    expect(await interactions.getById(id)).toMatchObject({ followUpRequired: true, followUpAt: new Date('2026-03-03T09:00:00Z') });
  });

  it('refuses a required follow-up without a date and saves nothing', async () => {
    await expect(handler.execute(new CreateInteraction(call({ followUpRequired: true }), REP))).rejects.toBeInstanceOf(
      InteractionFollowUpDateRequired,
    );
    expect(interactions.published).toEqual([]);
  });

  it('refuses an interaction naming neither customer nor company', async () => {
    await expect(handler.execute(new CreateInteraction(call({ customerId: undefined }), REP))).rejects.toBeInstanceOf(
      InteractionPartyRequired,
    );
  });

  it('logs an interaction with a company only', async () => {
    const id = await handler.execute(new CreateInteraction(call({ customerId: undefined, companyId: COMPANY }), REP));
    expect(await interactions.getById(id)).toMatchObject({ customerId: null, companyId: COMPANY });
  });

  it('refuses an unknown customer with INTERACTION_CUSTOMER_UNKNOWN and saves nothing', async () => {
    const attempt = handler.execute(new CreateInteraction(call({ customerId: UNKNOWN }), REP));

    await expect(attempt).rejects.toBeInstanceOf(InteractionCustomerUnknown);
    await expect(attempt).rejects.toMatchObject({ code: 'INTERACTION_CUSTOMER_UNKNOWN', kind: 'invalid' });
    expect(interactions.published).toEqual([]);
  });

  it('refuses an unknown company with INTERACTION_COMPANY_UNKNOWN', async () => {
    const attempt = handler.execute(new CreateInteraction(call({ companyId: UNKNOWN }), REP));

    await expect(attempt).rejects.toBeInstanceOf(InteractionCompanyUnknown);
    expect(interactions.published).toEqual([]);
  });
});
