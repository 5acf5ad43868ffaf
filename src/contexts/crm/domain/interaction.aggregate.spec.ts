import { InteractionCreated } from '../contracts/interaction-created.event';
import { Interaction } from './interaction.aggregate';

describe('Interaction', () => {
  it('is created with a new id and raises InteractionCreated', () => {
    const interaction = Interaction.create(new Date('2026-01-01T00:00:00Z'));
    expect(interaction.isNew).toBe(true);
    const [event] = interaction.pullEvents();
    expect(event).toBeInstanceOf(InteractionCreated);
    expect(event.eventName).toBe('crm.interaction-created');
    expect((event as InteractionCreated).payload).toEqual({ interactionId: interaction.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const interaction = Interaction.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(interaction.version).toBe(3);
    expect(interaction.pullEvents()).toEqual([]);
  });
});
