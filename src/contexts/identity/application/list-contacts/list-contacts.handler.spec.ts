import { Contact } from '../../domain/contact/contact.aggregate';
import { ContactType } from '../../domain/contact/contact-type';
import { ContactValue } from '../../domain/contact/contact-value';
import { InMemoryContactRepository } from '../testing/in-memory-contact.repository';
import { ListContacts } from './list-contacts.query';
import { ListContactsHandler } from './list-contacts.handler';

const ALICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';

describe('ListContactsHandler', () => {
  let contacts: InMemoryContactRepository;
  let handler: ListContactsHandler;

  beforeEach(() => {
    contacts = new InMemoryContactRepository();
    handler = new ListContactsHandler(contacts);
  });

  async function stored(userId: string, type: ContactType, value: string): Promise<string> {
    const contact = Contact.create(userId, ContactValue.of(type, { value }), await contacts.findLiveOfType(userId, type));
    await contacts.save(contact);
    return contact.id;
  }

  it('answers the requested page, newest first, with the page, limit and total count', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await stored(ALICE, 'email', `ada${i}@example.com`));

    const page = await handler.execute(new ListContacts({}, 2, 2, ALICE));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((c) => c.id)).toEqual([ids[2], ids[1]]);
  });

  it('lists only the own contacts of a caller limited to them', async () => {
    const own = await stored(ALICE, 'email', 'ada@example.com');
    await stored(BOB, 'email', 'bob@example.com');

    const page = await handler.execute(new ListContacts({}, 1, 20, ALICE));

    expect(page.items.map((c) => c.id)).toEqual([own]);
    expect(page.total).toBe(1);
  });

  it("never lists another user's contacts to such a caller, even when the filter names that user", async () => {
    const own = await stored(ALICE, 'email', 'ada@example.com');
    await stored(BOB, 'email', 'bob@example.com');
    const findPage = jest.spyOn(contacts, 'findPage');

    const page = await handler.execute(new ListContacts({ userId: BOB, type: 'email' }, 1, 20, ALICE));

    expect(findPage).toHaveBeenCalledWith({ userId: ALICE, type: 'email' }, 0, 20);
    expect(page.items.map((c) => c.id)).toEqual([own]);
  });

  it("lists anybody's for staff (no owner scope), filtered by user and type", async () => {
    await stored(ALICE, 'email', 'ada@example.com');
    const bobsPhone = await stored(BOB, 'phone', '+49301234567');
    await stored(BOB, 'email', 'bob@example.com');

    expect((await handler.execute(new ListContacts({}, 1, 20))).total).toBe(3);
    const page = await handler.execute(new ListContacts({ userId: BOB, type: 'phone' }, 1, 20));
    expect(page.items.map((c) => c.id)).toEqual([bobsPhone]);
  });

  it('leaves deleted contacts out', async () => {
    const id = await stored(ALICE, 'email', 'ada@example.com');
    const contact = await contacts.getById(id);
    contact.delete();
    await contacts.save(contact);

    await expect(handler.execute(new ListContacts({}, 1, 20, ALICE))).resolves.toMatchObject({ items: [], total: 0 });
  });
});
