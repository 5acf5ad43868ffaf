import { InMemoryInteractionRepository } from '../testing/in-memory-interaction.repository';
import { anInteraction } from '../testing/interaction-fixtures';
import { ListFollowUps } from './list-follow-ups.query';
import { ListFollowUpsHandler } from './list-follow-ups.handler';

describe('ListFollowUpsHandler', () => {
  let interactions: InMemoryInteractionRepository;
  let handler: ListFollowUpsHandler;

  beforeEach(() => {
    interactions = new InMemoryInteractionRepository();
    handler = new ListFollowUpsHandler(interactions);
  });

  async function withFollowUpAt(iso: string | null): Promise<string> {
    const interaction = anInteraction(iso ? { followUpRequired: true, followUpAt: new Date(iso) } : {});
    await interactions.save(interaction);
    return interaction.id;
  }

  it('lists the follow-ups due by the date asked for, soonest first', async () => {
    const later = await withFollowUpAt('2026-03-05T09:00:00Z');
    const sooner = await withFollowUpAt('2026-03-03T09:00:00Z');
    await withFollowUpAt('2026-03-10T09:00:00Z');
    await withFollowUpAt(null);

    const page = await handler.execute(new ListFollowUps(new Date('2026-03-05T09:00:00Z'), 1, 10));

    expect(page.items.map((i) => i.id)).toEqual([sooner, later]);
    expect(page).toMatchObject({ page: 1, limit: 10, total: 2 });
  });

  it('lists every pending follow-up when no date is given', async () => {
    await withFollowUpAt('2026-03-03T09:00:00Z');
    await withFollowUpAt('2030-01-01T00:00:00Z');
    await withFollowUpAt(null);

    expect((await handler.execute(new ListFollowUps(undefined, 1, 10))).total).toBe(2);
  });

  it('turns the page number into an offset', async () => {
    const findFollowUps = jest.spyOn(interactions, 'findFollowUps');
    const due = new Date('2026-03-05T00:00:00Z');

    await handler.execute(new ListFollowUps(due, 3, 20));

    expect(findFollowUps).toHaveBeenCalledWith(due, 40, 20, undefined);
  });
});
