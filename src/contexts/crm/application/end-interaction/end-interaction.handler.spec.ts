import { InteractionEnded } from '../../domain/events/interaction-ended.event';
import { InteractionAlreadyEnded, InteractionEndBeforeStart, InteractionNotFound } from '../../domain/interaction/interaction.errors';
import { InMemoryInteractionRepository } from '../testing/in-memory-interaction.repository';
import { START, UNKNOWN, anInteraction } from '../testing/interaction-fixtures';
import { EndInteraction } from './end-interaction.command';
import { EndInteractionHandler } from './end-interaction.handler';

describe('EndInteractionHandler', () => {
  let interactions: InMemoryInteractionRepository;
  let handler: EndInteractionHandler;

  beforeEach(() => {
    interactions = new InMemoryInteractionRepository();
    handler = new EndInteractionHandler(interactions);
  });

  async function stored(startedAt = START): Promise<string> {
    const interaction = anInteraction({ startedAt });
    await interactions.save(interaction);
    interactions.published.length = 0;
    return interaction.id;
  }

  it('ends the interaction at the time given, with its outcome, and raises InteractionEnded', async () => {
    const id = await stored();

    await handler.execute(new EndInteraction(id, new Date('2026-03-02T09:04:00Z'), 'no_answer'));

    expect(await interactions.getById(id)).toMatchObject({
      endedAt: new Date('2026-03-02T09:04:00Z'),
      durationSeconds: 240,
      outcome: 'no_answer',
      version: 2,
    });
    expect(interactions.published).toEqual([expect.any(InteractionEnded)]);
    expect(interactions.published[0].metadata.aggregateId).toBe(id);
  });

  it('ends it now when no time is given', async () => {
    const id = await stored(new Date(Date.now() - 60_000));
    const before = Date.now();

    await handler.execute(new EndInteraction(id));

    const endedAt = (await interactions.getById(id)).endedAt!.getTime();
    expect(endedAt).toBeGreaterThanOrEqual(before);
    expect(endedAt).toBeLessThanOrEqual(Date.now());
  });

  it('refuses to end it twice with INTERACTION_ALREADY_ENDED (409) and raises one InteractionEnded only', async () => {
    const id = await stored();
    await handler.execute(new EndInteraction(id, new Date('2026-03-02T09:04:00Z')));

    const attempt = handler.execute(new EndInteraction(id, new Date('2026-03-02T09:09:00Z')));

    await expect(attempt).rejects.toBeInstanceOf(InteractionAlreadyEnded);
    await expect(attempt).rejects.toMatchObject({ code: 'INTERACTION_ALREADY_ENDED', kind: 'conflict' });
    expect((await interactions.getById(id)).endedAt).toEqual(new Date('2026-03-02T09:04:00Z'));
    expect(interactions.published).toHaveLength(1);
  });

  it('refuses an end before the start with INTERACTION_END_BEFORE_START', async () => {
    const id = await stored();
    await expect(handler.execute(new EndInteraction(id, new Date('2026-03-02T08:00:00Z')))).rejects.toBeInstanceOf(
      InteractionEndBeforeStart,
    );
    expect((await interactions.getById(id)).endedAt).toBeNull();
  });

  it('refuses an unknown id with INTERACTION_NOT_FOUND and saves nothing', async () => {
    await expect(handler.execute(new EndInteraction(UNKNOWN))).rejects.toBeInstanceOf(InteractionNotFound);
    expect(interactions.published).toEqual([]);
  });
});
