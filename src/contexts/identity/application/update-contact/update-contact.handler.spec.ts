import { ContactChanged } from '../../domain/events/contact-changed.event';
import { Contact } from '../../domain/contact/contact.aggregate';
import { ContactDuplicate, ContactNotFound, ContactPhoneInvalid, ContactValueInvalid } from '../../domain/contact/contact.errors';
import { ContactValue } from '../../domain/contact/contact-value';
import { InMemoryContactRepository } from '../testing/in-memory-contact.repository';
import { UpdateContact } from './update-contact.command';
import { UpdateContactHandler } from './update-contact.handler';

const ALICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('UpdateContactHandler', () => {
  let contacts: InMemoryContactRepository;
  let handler: UpdateContactHandler;

  beforeEach(() => {
    contacts = new InMemoryContactRepository();
    handler = new UpdateContactHandler(contacts);
  });

  async function stored(userId: string, type: 'email' | 'phone', value: string, verified = false): Promise<string> {
    const contact = Contact.create(userId, ContactValue.of(type, { value }), await contacts.findLiveOfType(userId, type));
    if (verified) contact.verify();
    await contacts.save(contact);
    contacts.published.length = 0;
    return contact.id;
  }

  it('replaces the value, clears the verification, raises ContactChanged and saves the next version', async () => {
    const id = await stored(ALICE, 'phone', '+49301234567', true);

    await handler.execute(new UpdateContact(id, { value: '030 7654321', country: 'DE' }, ALICE));

    const contact = await contacts.getById(id);
    expect(contact.value.text).toBe('+49307654321');
    expect(contact.verifiedAt).toBeUndefined();
    expect(contact.version).toBe(2);
    expect(contacts.published).toEqual([expect.any(ContactChanged)]);
  });

  it('saves nothing for the very same value, and the contact stays verified', async () => {
    const id = await stored(ALICE, 'phone', '+49301234567', true);

    await handler.execute(new UpdateContact(id, { value: '030 1234567', country: 'DE' }, ALICE));

    const contact = await contacts.getById(id);
    expect(contact.version).toBe(1);
    expect(contact.verifiedAt).toBeInstanceOf(Date);
    expect(contacts.published).toEqual([]);
  });

  it("lets staff (no owner scope) change anybody's contact", async () => {
    const id = await stored(BOB, 'email', 'bob@example.com');

    await handler.execute(new UpdateContact(id, { value: 'robert@example.com' }));

    expect((await contacts.getById(id)).value.text).toBe('robert@example.com');
  });

  it("answers CONTACT_NOT_FOUND for another user's contact, as for a missing one, and changes nothing", async () => {
    const id = await stored(BOB, 'email', 'bob@example.com');

    const attempt = handler.execute(new UpdateContact(id, { value: 'mallory@example.com' }, ALICE));

    await expect(attempt).rejects.toBeInstanceOf(ContactNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'CONTACT_NOT_FOUND', message: `contact ${id} does not exist` });
    await expect(handler.execute(new UpdateContact(UNKNOWN, { value: 'x@example.com' }, ALICE))).rejects.toMatchObject({
      code: 'CONTACT_NOT_FOUND',
      message: `contact ${UNKNOWN} does not exist`,
    });
    expect((await contacts.getById(id)).value.text).toBe('bob@example.com');
  });

  it('answers CONTACT_NOT_FOUND for a deleted contact', async () => {
    const id = await stored(ALICE, 'email', 'ada@example.com');
    const contact = await contacts.getById(id);
    contact.delete();
    await contacts.save(contact);

    await expect(handler.execute(new UpdateContact(id, { value: 'new@example.com' }, ALICE))).rejects.toBeInstanceOf(ContactNotFound);
  });

  it("refuses another of the user's values with CONTACT_DUPLICATE", async () => {
    await stored(ALICE, 'email', 'ada@example.com');
    const id = await stored(ALICE, 'email', 'lovelace@example.com');

    await expect(handler.execute(new UpdateContact(id, { value: 'ADA@example.com' }, ALICE))).rejects.toBeInstanceOf(ContactDuplicate);
    expect((await contacts.getById(id)).value.text).toBe('lovelace@example.com');
  });

  it('checks the new value against the type the contact has', async () => {
    const id = await stored(ALICE, 'phone', '+49301234567');

    await expect(handler.execute(new UpdateContact(id, { value: 'ada@example.com' }, ALICE))).rejects.toBeInstanceOf(ContactPhoneInvalid);
    await expect(
      handler.execute(new UpdateContact(id, { address: { line1: 'Alexanderplatz 1', city: 'Berlin', country: 'DE' } }, ALICE)),
    ).rejects.toBeInstanceOf(ContactValueInvalid);
    expect((await contacts.getById(id)).version).toBe(1);
  });
});
