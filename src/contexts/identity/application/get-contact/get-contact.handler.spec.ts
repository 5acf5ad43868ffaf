import { Contact } from '../../domain/contact/contact.aggregate';
import { ContactNotFound } from '../../domain/contact/contact.errors';
import { ContactValue } from '../../domain/contact/contact-value';
import { InMemoryContactRepository } from '../testing/in-memory-contact.repository';
import { GetContact } from './get-contact.query';
import { GetContactHandler } from './get-contact.handler';

const ALICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('GetContactHandler', () => {
  let contacts: InMemoryContactRepository;
  let handler: GetContactHandler;
  let alices: Contact;

  beforeEach(async () => {
    contacts = new InMemoryContactRepository();
    handler = new GetContactHandler(contacts);
    alices = Contact.create(ALICE, ContactValue.of('email', { value: 'ada@example.com' }), []);
    await contacts.save(alices);
  });

  it('answers the caller their own contact', async () => {
    const contact = await handler.execute(new GetContact(alices.id, ALICE));

    expect(contact).toBeInstanceOf(Contact);
    expect(contact).toMatchObject({ id: alices.id, userId: ALICE, type: 'email', isPrimary: true, version: 1 });
  });

  it("answers staff (no owner scope) anybody's contact", async () => {
    await expect(handler.execute(new GetContact(alices.id))).resolves.toMatchObject({ id: alices.id });
  });

  it("answers another user's contact exactly as a missing one: CONTACT_NOT_FOUND naming the id asked for", async () => {
    const foreign = handler.execute(new GetContact(alices.id, BOB));
    const missing = handler.execute(new GetContact(UNKNOWN, BOB));

    await expect(foreign).rejects.toBeInstanceOf(ContactNotFound);
    await expect(foreign).rejects.toMatchObject({
      code: 'CONTACT_NOT_FOUND',
      kind: 'not_found',
      message: `contact ${alices.id} does not exist`,
    });
    await expect(missing).rejects.toMatchObject({
      code: 'CONTACT_NOT_FOUND',
      kind: 'not_found',
      message: `contact ${UNKNOWN} does not exist`,
    });
  });

  it('answers CONTACT_NOT_FOUND for a deleted contact, even to staff', async () => {
    const contact = await contacts.getById(alices.id);
    contact.delete();
    await contacts.save(contact);

    await expect(handler.execute(new GetContact(alices.id))).rejects.toBeInstanceOf(ContactNotFound);
  });
});
