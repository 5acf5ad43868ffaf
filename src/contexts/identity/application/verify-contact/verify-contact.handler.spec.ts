import { Email } from '@promenade/ddd';
import { ContactVerified } from '../../domain/events/contact-verified.event';
import { User } from '../../domain/user/user.aggregate';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { Contact } from '../../domain/contact/contact.aggregate';
import { ContactAlreadyVerified, ContactNotFound } from '../../domain/contact/contact.errors';
import { ContactValue } from '../../domain/contact/contact-value';
import { InMemoryContactRepository } from '../testing/in-memory-contact.repository';
import { VerifyContact } from './verify-contact.command';
import { VerifyContactHandler } from './verify-contact.handler';

const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('VerifyContactHandler', () => {
  let contacts: InMemoryContactRepository;
  let users: InMemoryUserRepository;
  let handler: VerifyContactHandler;

  beforeEach(() => {
    contacts = new InMemoryContactRepository();
    users = new InMemoryUserRepository();
    handler = new VerifyContactHandler(contacts, users);
  });

  async function stored(): Promise<Contact> {
    const contact = Contact.create(BOB, ContactValue.of('phone', { value: '+49301234567' }), []);
    await contacts.save(contact);
    contacts.published.length = 0;
    return contact;
  }

  it("verifies anybody's contact and raises ContactVerified", async () => {
    const { id } = await stored();

    await handler.execute(new VerifyContact(id));

    const contact = await contacts.getById(id);
    expect(contact.verifiedAt).toBeInstanceOf(Date);
    expect(contact.version).toBe(2);
    expect(contacts.published).toEqual([expect.any(ContactVerified)]);
    expect(contacts.published[0].metadata.aggregateId).toBe(id);
  });

  it('refuses a verified contact with CONTACT_ALREADY_VERIFIED and raises nothing more', async () => {
    const { id } = await stored();
    await handler.execute(new VerifyContact(id));

    const attempt = handler.execute(new VerifyContact(id));

    await expect(attempt).rejects.toBeInstanceOf(ContactAlreadyVerified);
    await expect(attempt).rejects.toMatchObject({ code: 'CONTACT_ALREADY_VERIFIED', kind: 'conflict' });
    expect(contacts.published).toHaveLength(1);
  });

  it('refuses an unknown or deleted contact with CONTACT_NOT_FOUND', async () => {
    const contact = await stored();
    contact.delete();
    await contacts.save(contact);

    await expect(handler.execute(new VerifyContact(UNKNOWN))).rejects.toBeInstanceOf(ContactNotFound);
    await expect(handler.execute(new VerifyContact(contact.id))).rejects.toMatchObject({ code: 'CONTACT_NOT_FOUND', kind: 'not_found' });
  });

  describe('an email contact', () => {
    async function userWithEmailContact(login: string, contactAddress: string): Promise<{ user: User; contact: Contact }> {
      const user = User.register({ email: Email.of(login), passwordHash: 'hashed:x', displayName: 'Bob' });
      await users.save(user);
      const contact = Contact.create(user.id, ContactValue.of('email', { value: contactAddress }), []);
      await contacts.save(contact);
      return { user, contact };
    }

    it("with the login address also verifies the user's email, once", async () => {
      const { user, contact } = await userWithEmailContact('bob@example.com', 'BOB@example.com');

      await handler.execute(new VerifyContact(contact.id));

      const stored = await users.getById(user.id);
      expect(stored.emailVerifiedAt).toBeInstanceOf(Date);
      expect(stored.version).toBe(2);
    });

    it('with another address leaves the user as it was', async () => {
      const { user, contact } = await userWithEmailContact('bob@example.com', 'bob.work@example.com');

      await handler.execute(new VerifyContact(contact.id));

      const stored = await users.getById(user.id);
      expect(stored.emailVerifiedAt).toBeUndefined();
      expect(stored.version).toBe(1);
    });
  });
});
