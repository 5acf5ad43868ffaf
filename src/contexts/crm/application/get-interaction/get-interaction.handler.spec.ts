import { Interaction } from '../../domain/interaction.aggregate';
import { InteractionNotFound } from '../../domain/interaction.errors';
import { InteractionRepository } from '../../domain/interaction.repository';
import { GetInteraction } from './get-interaction.query';
import { GetInteractionHandler } from './get-interaction.handler';

describe('GetInteractionHandler', () => {
  const stored = Interaction.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });
  const repository: InteractionRepository = {
    getById: async (id) => {
      if (id !== stored.id) throw new InteractionNotFound(id);
      return stored;
    },
    save: async () => undefined,
  };
  const handler = new GetInteractionHandler(repository);

  it('answers the stored interaction', async () => {
    await expect(handler.execute(new GetInteraction(stored.id))).resolves.toBe(stored);
  });

  it('refuses an unknown id with INTERACTION_NOT_FOUND', async () => {
    await expect(handler.execute(new GetInteraction('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'INTERACTION_NOT_FOUND' });
  });
});
