import { ContactCreated } from '../contracts/contact-created.event';
import { Contact } from './contact.aggregate';

describe('Contact', () => {
  it('is created with a new id and raises ContactCreated', () => {
    const contact = Contact.create(new Date('2026-01-01T00:00:00Z'));
    expect(contact.isNew).toBe(true);
    const [event] = contact.pullEvents();
    expect(event).toBeInstanceOf(ContactCreated);
    expect(event.eventName).toBe('identity.contact-created');
    expect((event as ContactCreated).payload).toEqual({ contactId: contact.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const contact = Contact.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(contact.version).toBe(3);
    expect(contact.pullEvents()).toEqual([]);
  });
});
