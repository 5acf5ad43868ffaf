import { ContactDeleted } from '../../domain/events/contact-deleted.event';
import { Contact } from '../../domain/contact/contact.aggregate';
import { ContactNotFound } from '../../domain/contact/contact.errors';
import { ContactValue } from '../../domain/contact/contact-value';
import { InMemoryContactRepository } from '../testing/in-memory-contact.repository';
import { DeleteContact } from './delete-contact.command';
import { DeleteContactHandler } from './delete-contact.handler';

const ALICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';

describe('DeleteContactHandler', () => {
  let contacts: InMemoryContactRepository;
  let handler: DeleteContactHandler;

  beforeEach(() => {
    contacts = new InMemoryContactRepository();
    handler = new DeleteContactHandler(contacts);
  });

  async function stored(userId: string, value: string): Promise<string> {
    const contact = Contact.create(userId, ContactValue.of('email', { value }), await contacts.findLiveOfType(userId, 'email'));
    await contacts.save(contact);
    contacts.published.length = 0;
    return contact.id;
  }

  it('soft-deletes the contact: gone for reading, still stored, ContactDeleted raised', async () => {
    const id = await stored(ALICE, 'ada@example.com');

    await handler.execute(new DeleteContact(id, ALICE));

    await expect(contacts.getById(id)).rejects.toBeInstanceOf(ContactNotFound);
    expect(contacts.stored(id)?.deletedAt).toBeInstanceOf(Date);
    expect(contacts.published).toEqual([expect.any(ContactDeleted)]);
    expect((contacts.published[0] as ContactDeleted).payload).toEqual({ contactId: id, userId: ALICE, type: 'email', wasPrimary: true });
  });

  it('leaves the type without a primary when the primary is deleted', async () => {
    const primary = await stored(ALICE, 'ada@example.com');
    const other = await stored(ALICE, 'lovelace@example.com');

    await handler.execute(new DeleteContact(primary, ALICE));

    expect((await contacts.getById(other)).isPrimary).toBe(false);
    expect((await contacts.findLiveOfType(ALICE, 'email')).filter((c) => c.isPrimary)).toEqual([]);
  });

  it('answers CONTACT_NOT_FOUND when deleting twice', async () => {
    const id = await stored(ALICE, 'ada@example.com');
    await handler.execute(new DeleteContact(id, ALICE));

    await expect(handler.execute(new DeleteContact(id, ALICE))).rejects.toMatchObject({ code: 'CONTACT_NOT_FOUND' });
    expect(contacts.published).toHaveLength(1);
  });

  it("answers CONTACT_NOT_FOUND for another user's contact and keeps it", async () => {
    const id = await stored(BOB, 'bob@example.com');

    await expect(handler.execute(new DeleteContact(id, ALICE))).rejects.toBeInstanceOf(ContactNotFound);
    expect((await contacts.getById(id)).isDeleted).toBe(false);
  });

  it("lets staff (no owner scope) delete anybody's contact", async () => {
    const id = await stored(BOB, 'bob@example.com');

    await handler.execute(new DeleteContact(id));

    expect(contacts.stored(id)?.isDeleted).toBe(true);
  });
});
