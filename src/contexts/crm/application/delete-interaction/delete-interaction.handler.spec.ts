import { InteractionDeleted } from '../../domain/events/interaction-deleted.event';
import { InteractionNotFound } from '../../domain/interaction/interaction.errors';
import { InMemoryInteractionRepository } from '../testing/in-memory-interaction.repository';
import { COMPANY, anInteraction } from '../testing/interaction-fixtures';
import { DeleteInteraction } from './delete-interaction.command';
import { DeleteInteractionHandler } from './delete-interaction.handler';

describe('DeleteInteractionHandler', () => {
  let interactions: InMemoryInteractionRepository;
  let handler: DeleteInteractionHandler;
  let id: string;

  beforeEach(async () => {
    interactions = new InMemoryInteractionRepository();
    handler = new DeleteInteractionHandler(interactions);
    const interaction = anInteraction({ type: 'note', subject: 'Budget approved', customerId: null, companyId: COMPANY });
    await interactions.save(interaction);
    interactions.published.length = 0;
    id = interaction.id;
  });

  it('deletes the interaction, which then is not found, and raises InteractionDeleted', async () => {
    await handler.execute(new DeleteInteraction(id));

    await expect(interactions.getById(id)).rejects.toBeInstanceOf(InteractionNotFound);
    expect((await interactions.findPage({}, 0, 10)).total).toBe(0);
    expect(interactions.published).toEqual([expect.any(InteractionDeleted)]);
  });

  it('answers INTERACTION_NOT_FOUND for a second delete, raising nothing more', async () => {
    await handler.execute(new DeleteInteraction(id));

    await expect(handler.execute(new DeleteInteraction(id))).rejects.toMatchObject({ code: 'INTERACTION_NOT_FOUND' });
    expect(interactions.published).toHaveLength(1);
  });
});
