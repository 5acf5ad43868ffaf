import { recordingBuses } from '@promenade/http';
import { PermissionDenied, Principal } from '@promenade/auth';
import { CreateContact } from '../../application/create-contact/create-contact.command';
import { GetContact } from '../../application/get-contact/get-contact.query';
import { ListContacts } from '../../application/list-contacts/list-contacts.query';
import { Contact } from '../../domain/contact/contact.aggregate';
import { ContactValue } from '../../domain/contact/contact-value';
import { ContactsController } from './contacts.controller';

const CALLER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const OTHER_USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';
const CONTACT = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051aa';
const TOKEN = { id: 'jti', sessionId: 'session', expiresAt: new Date('2030-01-01T00:00:00Z') };
const user = new Principal(CALLER, ['contacts:read', 'contacts:write'], TOKEN);
const staff = new Principal(CALLER, ['contacts:read:any', 'contacts:write:any'], TOKEN);

/** The controller only translates: these tests read what it sends to the buses for the routes where a client names a user. */
describe('ContactsController', () => {
  let sent: unknown[];
  let controller: ContactsController;

  beforeEach(() => {
    sent = [];
    const bus = recordingBuses(sent);
    const commands = bus.commands(() => CONTACT);
    const queries = bus.queries((query) =>
      query instanceof ListContacts
        ? { items: [], page: 1, limit: 20, total: 0 }
        : Contact.create(CALLER, ContactValue.of('email', { value: 'ada@example.com' }), []),
    );
    controller = new ContactsController(commands, queries);
  });

  const body = (userId?: string) => ({ type: 'email' as const, value: 'ada@example.com', userId });

  it('adds the contact to the caller when no user is named, whoever calls', async () => {
    await controller.createContact(body(), user);
    await controller.createContact(body(), staff);

    expect(sent.filter((message) => message instanceof CreateContact)).toEqual([
      expect.objectContaining({ userId: CALLER }),
      expect.objectContaining({ userId: CALLER }),
    ]);
  });

  it('refuses a user adding a contact to another user with PERMISSION_DENIED, and sends nothing', async () => {
    const attempt = controller.createContact(body(OTHER_USER), user);

    await expect(attempt).rejects.toBeInstanceOf(PermissionDenied);
    await expect(attempt).rejects.toThrow('contacts:write:any');
    expect(sent).toEqual([]);
  });

  it('adds the contact to the user named by a caller with contacts:write:any', async () => {
    await controller.createContact(body(OTHER_USER), staff);

    expect(sent[0]).toMatchObject({ userId: OTHER_USER });
    expect(sent[1]).toBeInstanceOf(GetContact);
  });

  it("limits a user's list to their own contacts, in the filter and the owner scope alike", async () => {
    await controller.listContacts({ page: 1, limit: 20, type: 'phone' }, user);

    expect(sent[0]).toEqual(new ListContacts({ userId: CALLER, type: 'phone' }, 1, 20, CALLER));
  });

  it("refuses a user's list filtered on another user with PERMISSION_DENIED", async () => {
    await expect(controller.listContacts({ page: 1, limit: 20, userId: OTHER_USER }, user)).rejects.toThrow('contacts:read:any');
    expect(sent).toEqual([]);
  });

  it("lists anybody's contacts for a caller with contacts:read:any, or the user they name", async () => {
    await controller.listContacts({ page: 1, limit: 20 }, staff);
    await controller.listContacts({ page: 1, limit: 20, userId: OTHER_USER }, staff);

    expect(sent).toEqual([
      new ListContacts({ userId: undefined, type: undefined }, 1, 20, undefined),
      new ListContacts({ userId: OTHER_USER, type: undefined }, 1, 20, undefined),
    ]);
  });
});
