import { InvalidEmail } from '@promenade/ddd';
import { ContactCreated } from '../../domain/events/contact-created.event';
import { ContactAddressInvalid, ContactDuplicate, ContactPhoneInvalid, ContactValueInvalid } from '../../domain/contact/contact.errors';
import { User } from '../../domain/user/user.aggregate';
import { UserNotFound } from '../../domain/user/user.errors';
import { UserRepository } from '../../domain/user/user.repository';
import { InMemoryContactRepository } from '../testing/in-memory-contact.repository';
import { CreateContact } from './create-contact.command';
import { CreateContactHandler } from './create-contact.handler';

const ALICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const NOBODY = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

/** Only `getById` is used: the contact's user must exist. */
const users = {
  getById: async (id: string) => {
    if (id !== ALICE && id !== BOB) throw new UserNotFound(id);
    return {} as User;
  },
} as unknown as UserRepository;

describe('CreateContactHandler', () => {
  let contacts: InMemoryContactRepository;
  let handler: CreateContactHandler;

  beforeEach(() => {
    contacts = new InMemoryContactRepository();
    handler = new CreateContactHandler(contacts, users);
  });

  const storedCount = async () => (await contacts.findPage({}, 0, 100)).total;

  it('adds an email contact, primary as the first of its type, raises ContactCreated and answers its id', async () => {
    const id = await handler.execute(new CreateContact(ALICE, 'email', { value: 'ada@example.com' }));

    const contact = await contacts.getById(id);
    expect(contact).toMatchObject({ id, userId: ALICE, type: 'email', isPrimary: true, verifiedAt: undefined, version: 1 });
    expect(contact.value.text).toBe('ada@example.com');
    expect(contacts.published).toEqual([expect.any(ContactCreated)]);
    expect((contacts.published[0] as ContactCreated).payload).toEqual({ contactId: id, userId: ALICE, type: 'email', isPrimary: true });
  });

  it('stores a national phone number in E.164 using the country hint', async () => {
    const id = await handler.execute(new CreateContact(ALICE, 'phone', { value: '030 1234567', country: 'DE' }));

    expect((await contacts.getById(id)).value.text).toBe('+49301234567');
  });

  it('adds a postal address', async () => {
    const address = { line1: 'Alexanderplatz 1', city: 'Berlin', postalCode: '10178', country: 'DE' };
    const id = await handler.execute(new CreateContact(ALICE, 'address', { address }));

    const contact = await contacts.getById(id);
    expect(contact.value.address?.toJSON()).toEqual(address);
    expect(contact.value.text).toBe('Alexanderplatz 1, 10178 Berlin, DE');
  });

  it('makes only the first contact of a type primary', async () => {
    await handler.execute(new CreateContact(ALICE, 'email', { value: 'ada@example.com' }));
    const second = await handler.execute(new CreateContact(ALICE, 'email', { value: 'lovelace@example.com' }));
    const phone = await handler.execute(new CreateContact(ALICE, 'phone', { value: '+49301234567' }));
    const bobs = await handler.execute(new CreateContact(BOB, 'email', { value: 'bob@example.com' }));

    expect((await contacts.getById(second)).isPrimary).toBe(false);
    expect((await contacts.getById(phone)).isPrimary).toBe(true);
    expect((await contacts.getById(bobs)).isPrimary).toBe(true);
  });

  it('refuses the same value twice for one user and type with CONTACT_DUPLICATE and stores nothing more', async () => {
    await handler.execute(new CreateContact(ALICE, 'phone', { value: '+49 30 1234567' }));

    const attempt = handler.execute(new CreateContact(ALICE, 'phone', { value: '030 1234567', country: 'DE' }));

    await expect(attempt).rejects.toBeInstanceOf(ContactDuplicate);
    await expect(attempt).rejects.toMatchObject({ code: 'CONTACT_DUPLICATE', kind: 'conflict' });
    expect(await storedCount()).toBe(1);
  });

  it.each([
    ['email', { value: 'not-an-email' }, InvalidEmail, 'EMAIL_INVALID'],
    ['phone', { value: '+1 555 000 0000' }, ContactPhoneInvalid, 'CONTACT_PHONE_INVALID'],
    ['address', { address: { line1: 'x', city: 'y', country: 'XX' } }, ContactAddressInvalid, 'CONTACT_ADDRESS_INVALID'],
    ['email', { value: 'ada@example.com', country: 'DE' }, ContactValueInvalid, 'CONTACT_VALUE_INVALID'],
  ] as const)('refuses a %s contact given %p with %p (%s) and stores nothing', async (type, value, error, code) => {
    const attempt = handler.execute(new CreateContact(ALICE, type, value));

    await expect(attempt).rejects.toBeInstanceOf(error);
    await expect(attempt).rejects.toMatchObject({ code, kind: 'invalid' });
    expect(await storedCount()).toBe(0);
  });

  it('refuses a user that does not exist with USER_NOT_FOUND', async () => {
    const attempt = handler.execute(new CreateContact(NOBODY, 'email', { value: 'ada@example.com' }));

    await expect(attempt).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
    expect(await storedCount()).toBe(0);
  });
});
