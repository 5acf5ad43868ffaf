import { InteractionCreated } from '../../contracts/interaction-created.event';
import { Interaction } from '../../domain/interaction.aggregate';
import { InteractionNotFound } from '../../domain/interaction.errors';
import { InteractionRepository } from '../../domain/interaction.repository';
import { CreateInteraction } from './create-interaction.command';
import { CreateInteractionHandler } from './create-interaction.handler';

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

describe('CreateInteractionHandler', () => {
  it('saves a new interaction that raised InteractionCreated, and answers its id', async () => {
    const repository = inMemory();
    const id = await new CreateInteractionHandler(repository).execute(new CreateInteraction());
    expect(repository.saved.map((interaction) => interaction.id)).toEqual([id]);
    expect(repository.saved[0].pullEvents()).toEqual([expect.any(InteractionCreated)]);
  });
});
