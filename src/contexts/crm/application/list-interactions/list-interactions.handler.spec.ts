import { InMemoryInteractionRepository } from '../testing/in-memory-interaction.repository';
import { anInteraction, COMPANY, CUSTOMER } from '../testing/interaction-fixtures';
import { ListInteractions } from './list-interactions.query';
import { ListInteractionsHandler } from './list-interactions.handler';

describe('ListInteractionsHandler', () => {
  let interactions: InMemoryInteractionRepository;
  let handler: ListInteractionsHandler;

  beforeEach(() => {
    interactions = new InMemoryInteractionRepository();
    handler = new ListInteractionsHandler(interactions);
  });

  async function stored(...overrides: Parameters<typeof anInteraction>): Promise<string> {
    const interaction = anInteraction(...overrides);
    await interactions.save(interaction);
    return interaction.id;
  }

  it('turns the page number into an offset and answers page, limit and total', async () => {
    const findPage = jest.spyOn(interactions, 'findPage');
    for (let i = 0; i < 5; i++) await stored();

    const page = await handler.execute(new ListInteractions({ type: 'call' }, 2, 2));

    expect(findPage).toHaveBeenCalledWith({ type: 'call' }, 2, 2, undefined);
    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items).toHaveLength(2);
  });

  it('lists only the interactions matching every filter given', async () => {
    const wanted = await stored({ type: 'email', companyId: COMPANY });
    await stored({ type: 'email' });
    await stored({ type: 'call', companyId: COMPANY });

    const page = await handler.execute(new ListInteractions({ type: 'email', companyId: COMPANY, customerId: CUSTOMER }, 1, 10));

    expect(page.items.map((i) => i.id)).toEqual([wanted]);
    expect(page.total).toBe(1);
  });

  it('leaves deleted interactions out', async () => {
    const kept = await stored();
    const gone = anInteraction();
    gone.delete();
    await interactions.save(gone);

    expect((await handler.execute(new ListInteractions({}, 1, 10))).items.map((i) => i.id)).toEqual([kept]);
  });
});
