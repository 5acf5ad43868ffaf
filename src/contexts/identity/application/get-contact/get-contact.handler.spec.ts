import { Contact } from '../../domain/contact.aggregate';
import { ContactNotFound } from '../../domain/contact.errors';
import { ContactRepository } from '../../domain/contact.repository';
import { GetContact } from './get-contact.query';
import { GetContactHandler } from './get-contact.handler';

describe('GetContactHandler', () => {
  const stored = Contact.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });
  const repository: ContactRepository = {
    getById: async (id) => {
      if (id !== stored.id) throw new ContactNotFound(id);
      return stored;
    },
    save: async () => undefined,
  };
  const handler = new GetContactHandler(repository);

  it('answers the stored contact', async () => {
    await expect(handler.execute(new GetContact(stored.id))).resolves.toBe(stored);
  });

  it('refuses an unknown id with CONTACT_NOT_FOUND', async () => {
    await expect(handler.execute(new GetContact('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'CONTACT_NOT_FOUND' });
  });
});
