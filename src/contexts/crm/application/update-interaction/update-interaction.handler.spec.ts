import { InteractionUpdated } from '../../domain/events/interaction-updated.event';
import {
  InteractionCompanyUnknown,
  InteractionEndBeforeStart,
  InteractionNotFound,
  InteractionPartyRequired,
} from '../../domain/interaction/interaction.errors';
import { InMemoryInteractionParties, InMemoryInteractionRepository } from '../testing/in-memory-interaction.repository';
import { COMPANY, CUSTOMER, UNKNOWN, anInteraction } from '../testing/interaction-fixtures';
import { UpdateInteraction } from './update-interaction.command';
import { UpdateInteractionHandler } from './update-interaction.handler';

describe('UpdateInteractionHandler', () => {
  let interactions: InMemoryInteractionRepository;
  let parties: InMemoryInteractionParties;
  let handler: UpdateInteractionHandler;

  beforeEach(() => {
    interactions = new InMemoryInteractionRepository();
    parties = new InMemoryInteractionParties(new Set([CUSTOMER]), new Set([COMPANY]));
    handler = new UpdateInteractionHandler(interactions, parties);
  });

  async function stored(endedAt: Date | null = null): Promise<string> {
    const interaction = anInteraction({ type: 'meeting', subject: 'Demo', endedAt });
    await interactions.save(interaction);
    interactions.published.length = 0;
    return interaction.id;
  }

  it('changes the fields given, saves the next version and raises InteractionUpdated', async () => {
    const id = await stored();

    await handler.execute(new UpdateInteraction(id, { subject: 'Product demo', companyId: COMPANY, outcome: 'scheduled' }));

    expect(await interactions.getById(id)).toMatchObject({
      subject: 'Product demo',
      companyId: COMPANY,
      customerId: CUSTOMER,
      outcome: 'scheduled',
      version: 2,
    });
    expect(interactions.published).toEqual([expect.any(InteractionUpdated)]);
  });

  it('refuses an unknown interaction with INTERACTION_NOT_FOUND', async () => {
    await expect(handler.execute(new UpdateInteraction(UNKNOWN, { subject: 'x' }))).rejects.toBeInstanceOf(InteractionNotFound);
  });

  it('refuses a newly named company that does not exist, leaving the interaction as it was', async () => {
    const id = await stored();

    await expect(handler.execute(new UpdateInteraction(id, { companyId: UNKNOWN }))).rejects.toBeInstanceOf(InteractionCompanyUnknown);
    expect(await interactions.getById(id)).toMatchObject({ companyId: null, version: 1 });
    expect(interactions.published).toEqual([]);
  });

  it('does not re-check a party it did not change (it may have been deleted since)', async () => {
    const id = await stored();
    parties.customers.clear();

    await handler.execute(new UpdateInteraction(id, { subject: 'Still editable' }));

    expect((await interactions.getById(id)).subject).toBe('Still editable');
  });

  it('refuses to drop the last party', async () => {
    const id = await stored();
    await expect(handler.execute(new UpdateInteraction(id, { customerId: null }))).rejects.toBeInstanceOf(InteractionPartyRequired);
  });

  it('refuses a start after the recorded end', async () => {
    const id = await stored(new Date('2026-03-02T10:00:00Z'));
    await expect(handler.execute(new UpdateInteraction(id, { startedAt: new Date('2026-03-02T11:00:00Z') }))).rejects.toBeInstanceOf(
      InteractionEndBeforeStart,
    );
  });
});
