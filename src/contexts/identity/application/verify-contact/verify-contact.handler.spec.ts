import { ContactVerified } from '../../contracts/contact-verified.event';
import { Contact } from '../../domain/contact.aggregate';
import { ContactNotFound } from '../../domain/contact.errors';
import { ContactRepository } from '../../domain/contact.repository';
import { VerifyContact } from './verify-contact.command';
import { VerifyContactHandler } from './verify-contact.handler';

function inMemory(...stored: Contact[]): ContactRepository & { saved: Contact[] } {
  const saved: Contact[] = [];
  return {
    saved,
    getById: async (id) => {
      const found = stored.find((contact) => contact.id === id);
      if (!found) throw new ContactNotFound(id);
      return found;
    },
    save: async (contact) => void saved.push(contact),
  };
}

describe('VerifyContactHandler', () => {
  const stored = () => Contact.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });

  it('saves the contact with ContactVerified raised', async () => {
    const contact = stored();
    const repository = inMemory(contact);
    await new VerifyContactHandler(repository).execute(new VerifyContact(contact.id));
    expect(repository.saved).toEqual([contact]);
    const [event] = contact.pullEvents();
    expect(event).toBeInstanceOf(ContactVerified);
    expect(event.metadata.aggregateId).toBe(contact.id);
  });

  it('refuses an unknown id with CONTACT_NOT_FOUND and saves nothing', async () => {
    const repository = inMemory();
    await expect(new VerifyContactHandler(repository).execute(new VerifyContact('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'CONTACT_NOT_FOUND' });
    expect(repository.saved).toEqual([]);
  });
});
