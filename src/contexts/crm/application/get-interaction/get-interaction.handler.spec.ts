import { Interaction } from '../../domain/interaction/interaction.aggregate';
import { InteractionNotFound } from '../../domain/interaction/interaction.errors';
import { InMemoryInteractionRepository } from '../testing/in-memory-interaction.repository';
import { anInteraction, CUSTOMER, UNKNOWN } from '../testing/interaction-fixtures';
import { GetInteraction } from './get-interaction.query';
import { GetInteractionHandler } from './get-interaction.handler';

describe('GetInteractionHandler', () => {
  let interactions: InMemoryInteractionRepository;
  let handler: GetInteractionHandler;

  beforeEach(() => {
    interactions = new InMemoryInteractionRepository();
    handler = new GetInteractionHandler(interactions);
  });

  it('answers the stored interaction', async () => {
    const stored = anInteraction({ attendees: ['ada@example.com'] });
    await interactions.save(stored);

    const interaction = await handler.execute(new GetInteraction(stored.id));

    expect(interaction).toBeInstanceOf(Interaction);
    expect(interaction).toMatchObject({
      id: stored.id,
      customerId: CUSTOMER,
      subject: 'Renewal call',
      attendees: ['ada@example.com'],
      version: 1,
    });
  });

  it('refuses an unknown id with INTERACTION_NOT_FOUND', async () => {
    const attempt = handler.execute(new GetInteraction(UNKNOWN));
    await expect(attempt).rejects.toBeInstanceOf(InteractionNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'INTERACTION_NOT_FOUND', kind: 'not_found' });
  });

  it('refuses a deleted interaction with INTERACTION_NOT_FOUND', async () => {
    const deleted = anInteraction();
    deleted.delete();
    await interactions.save(deleted);

    await expect(handler.execute(new GetInteraction(deleted.id))).rejects.toBeInstanceOf(InteractionNotFound);
  });
});
