import { ContactMadePrimary } from '../../domain/events/contact-made-primary.event';
import { Contact } from '../../domain/contact/contact.aggregate';
import { ContactNotFound } from '../../domain/contact/contact.errors';
import { ContactType } from '../../domain/contact/contact-type';
import { ContactValue } from '../../domain/contact/contact-value';
import { InMemoryContactRepository } from '../testing/in-memory-contact.repository';
import { MakeContactPrimary } from './make-contact-primary.command';
import { MakeContactPrimaryHandler } from './make-contact-primary.handler';

const ALICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';

describe('MakeContactPrimaryHandler', () => {
  let contacts: InMemoryContactRepository;
  let handler: MakeContactPrimaryHandler;

  beforeEach(() => {
    contacts = new InMemoryContactRepository();
    handler = new MakeContactPrimaryHandler(contacts);
  });

  async function stored(userId: string, type: ContactType, value: string): Promise<string> {
    const contact = Contact.create(userId, ContactValue.of(type, { value }), await contacts.findLiveOfType(userId, type));
    await contacts.save(contact);
    contacts.published.length = 0;
    contacts.saves.length = 0;
    return contact.id;
  }

  const primaries = async (userId: string, type: ContactType) =>
    (await contacts.findLiveOfType(userId, type)).filter((c) => c.isPrimary).map((c) => c.id);

  it('makes the contact primary and demotes the previous primary, saving the demoted one first', async () => {
    const first = await stored(ALICE, 'email', 'ada@example.com');
    const second = await stored(ALICE, 'email', 'lovelace@example.com');

    await handler.execute(new MakeContactPrimary(second, ALICE));

    expect(await primaries(ALICE, 'email')).toEqual([second]);
    expect(contacts.saves).toEqual([first, second]);
    expect(contacts.published).toEqual([expect.any(ContactMadePrimary)]);
    expect((contacts.published[0] as ContactMadePrimary).payload).toMatchObject({ contactId: second, previousPrimaryId: first });
  });

  it('touches neither the other types nor other users', async () => {
    const phone = await stored(ALICE, 'phone', '+49301234567');
    const bobs = await stored(BOB, 'email', 'bob@example.com');
    await stored(ALICE, 'email', 'ada@example.com');
    const second = await stored(ALICE, 'email', 'lovelace@example.com');

    await handler.execute(new MakeContactPrimary(second, ALICE));

    expect(await primaries(ALICE, 'phone')).toEqual([phone]);
    expect(await primaries(BOB, 'email')).toEqual([bobs]);
  });

  it('saves nothing when the contact is primary already', async () => {
    const first = await stored(ALICE, 'email', 'ada@example.com');

    await handler.execute(new MakeContactPrimary(first, ALICE));

    expect(contacts.saves).toEqual([]);
    expect((await contacts.getById(first)).version).toBe(1);
  });

  it("answers CONTACT_NOT_FOUND for another user's contact and leaves their primary alone", async () => {
    const bobsFirst = await stored(BOB, 'email', 'bob@example.com');
    const bobsSecond = await stored(BOB, 'email', 'robert@example.com');

    await expect(handler.execute(new MakeContactPrimary(bobsSecond, ALICE))).rejects.toBeInstanceOf(ContactNotFound);
    expect(await primaries(BOB, 'email')).toEqual([bobsFirst]);
  });

  it("lets staff (no owner scope) choose anybody's primary", async () => {
    await stored(BOB, 'email', 'bob@example.com');
    const bobsSecond = await stored(BOB, 'email', 'robert@example.com');

    await handler.execute(new MakeContactPrimary(bobsSecond));

    expect(await primaries(BOB, 'email')).toEqual([bobsSecond]);
  });
});
