import { DomainEvent } from '@promenade/ddd';
import { Contact } from '../../domain/contact.aggregate';
import { ContactType } from '../../domain/contact-type';
import { ContactNotFound } from '../../domain/contact.errors';
import { ContactFilter, ContactRepository } from '../../domain/contact.repository';

/** A unit-test stand-in for the contact store: keeps a copy of each saved contact and collects the events it would publish. */
export class InMemoryContactRepository implements ContactRepository {
  readonly published: DomainEvent[] = [];
  /** Ids in the order they were saved, to check what a handler saved and in which order. */
  readonly saves: string[] = [];
  private readonly contacts = new Map<string, Contact>();

  async getById(id: string, ownerId?: string): Promise<Contact> {
    const stored = this.contacts.get(id);
    if (!stored || stored.isDeleted || (ownerId ?? stored.userId) !== stored.userId) throw new ContactNotFound(id);
    return copyOf(stored);
  }

  async findLiveOfType(userId: string, type: ContactType): Promise<Contact[]> {
    return this.live().filter((c) => c.userId === userId && c.type === type);
  }

  async findPage(filter: ContactFilter, offset: number, limit: number): Promise<{ items: Contact[]; total: number }> {
    const matches = this.live()
      .filter((c) => (filter.userId ?? c.userId) === c.userId && (filter.type ?? c.type) === c.type)
      .sort((a, b) => b.id.localeCompare(a.id));
    return { items: matches.slice(offset, offset + limit), total: matches.length };
  }

  async save(contact: Contact): Promise<void> {
    const nextVersion = contact.version + 1;
    this.published.push(...contact.pullEvents());
    contact.markPersisted(nextVersion);
    this.contacts.set(contact.id, copyOf(contact));
    this.saves.push(contact.id);
  }

  /** Every stored contact, deleted ones included, as stored. */
  stored(id: string): Contact | undefined {
    const found = this.contacts.get(id);
    return found && copyOf(found);
  }

  private live(): Contact[] {
    return [...this.contacts.values()].filter((c) => !c.isDeleted).map(copyOf);
  }
}

function copyOf(contact: Contact): Contact {
  return Contact.restore({
    id: contact.id,
    version: contact.version,
    userId: contact.userId,
    value: contact.value,
    isPrimary: contact.isPrimary,
    verifiedAt: contact.verifiedAt,
    deletedAt: contact.deletedAt,
    createdAt: contact.createdAt,
  });
}
