import { InteractionEnded } from '../../contracts/interaction-ended.event';
import { Interaction } from '../../domain/interaction.aggregate';
import { InteractionNotFound } from '../../domain/interaction.errors';
import { InteractionRepository } from '../../domain/interaction.repository';
import { EndInteraction } from './end-interaction.command';
import { EndInteractionHandler } from './end-interaction.handler';

function inMemory(...stored: Interaction[]): InteractionRepository & { saved: Interaction[] } {
  const saved: Interaction[] = [];
  return {
    saved,
    getById: async (id) => {
      const found = stored.find((interaction) => interaction.id === id);
      if (!found) throw new InteractionNotFound(id);
      return found;
    },
    save: async (interaction) => void saved.push(interaction),
  };
}

describe('EndInteractionHandler', () => {
  const stored = () => Interaction.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });

  it('saves the interaction with InteractionEnded raised', async () => {
    const interaction = stored();
    const repository = inMemory(interaction);
    await new EndInteractionHandler(repository).execute(new EndInteraction(interaction.id));
    expect(repository.saved).toEqual([interaction]);
    const [event] = interaction.pullEvents();
    expect(event).toBeInstanceOf(InteractionEnded);
    expect(event.metadata.aggregateId).toBe(interaction.id);
  });

  it('refuses an unknown id with INTERACTION_NOT_FOUND and saves nothing', async () => {
    const repository = inMemory();
    await expect(new EndInteractionHandler(repository).execute(new EndInteraction('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'INTERACTION_NOT_FOUND' });
    expect(repository.saved).toEqual([]);
  });
});
