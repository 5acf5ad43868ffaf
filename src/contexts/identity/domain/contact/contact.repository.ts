import { Contact } from './contact.aggregate';
import { ContactType } from './contact-type';

export const CONTACT_REPOSITORY = Symbol('ContactRepository');

export interface ContactFilter {
  userId?: string;
  type?: ContactType;
}

/**
 * Where contacts are kept; deleted ones stay stored but are never answered. `save` is optimistic
 * (ConcurrencyConflict) and answers CONTACT_DUPLICATE when a concurrent request stored the same value.
 */
export interface ContactRepository {
  /**
   * A live contact. Throws ContactNotFound when there is none with that id, or when `ownerId` is given
   * and it belongs to another user: to a caller limited to their own, someone else's does not exist.
   */
  getById(id: string, ownerId?: string): Promise<Contact>;
  /** The user's live contacts of one type (a handful): what the duplicate and primary rules look at. */
  findLiveOfType(userId: string, type: ContactType): Promise<Contact[]>;
  /** Live contacts, newest first. */
  findPage(filter: ContactFilter, offset: number, limit: number): Promise<{ items: Contact[]; total: number }>;
  save(contact: Contact): Promise<void>;
}
