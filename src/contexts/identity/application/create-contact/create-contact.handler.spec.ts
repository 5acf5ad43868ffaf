import { ContactCreated } from '../../contracts/contact-created.event';
import { Contact } from '../../domain/contact.aggregate';
import { ContactNotFound } from '../../domain/contact.errors';
import { ContactRepository } from '../../domain/contact.repository';
import { CreateContact } from './create-contact.command';
import { CreateContactHandler } from './create-contact.handler';

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

describe('CreateContactHandler', () => {
  it('saves a new contact that raised ContactCreated, and answers its id', async () => {
    const repository = inMemory();
    const id = await new CreateContactHandler(repository).execute(new CreateContact());
    expect(repository.saved.map((contact) => contact.id)).toEqual([id]);
    expect(repository.saved[0].pullEvents()).toEqual([expect.any(ContactCreated)]);
  });
});
