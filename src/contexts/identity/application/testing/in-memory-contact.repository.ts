import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Contact, ContactState } from '../../domain/contact/contact.aggregate';
import { ContactType } from '../../domain/contact/contact-type';
import { ContactNotFound } from '../../domain/contact/contact.errors';
import { ContactFilter, ContactRepository } from '../../domain/contact/contact.repository';

/** A unit-test stand-in for the contact store: keeps deleted contacts (as the table does) but answers only live ones. */
export class InMemoryContactRepository extends InMemoryAggregateRepository<Contact, ContactState> implements ContactRepository {
  /** Ids in the order they were saved, to check what a handler saved and in which order. */
  readonly saves: string[] = [];

  constructor() {
    super(Contact.restore);
  }

  async getById(id: string, ownerId?: string): Promise<Contact> {
    const stored = this.stored(id);
    if (!stored || stored.isDeleted || (ownerId ?? stored.userId) !== stored.userId) throw new ContactNotFound(id);
    return stored;
  }

  async findLiveOfType(userId: string, type: ContactType): Promise<Contact[]> {
    return this.live().filter((c) => c.userId === userId && c.type === type);
  }

  async findPage(filter: ContactFilter, offset: number, limit: number): Promise<{ items: Contact[]; total: number }> {
    const matches = this.live().filter((c) => (filter.userId ?? c.userId) === c.userId && (filter.type ?? c.type) === c.type);
    return this.pageOf(matches, offset, limit);
  }

  override async save(contact: Contact): Promise<void> {
    await super.save(contact);
    this.saves.push(contact.id);
  }

  private live(): Contact[] {
    return this.all().filter((c) => !c.isDeleted);
  }
}
