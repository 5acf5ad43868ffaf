import { Contact } from './contact.aggregate';

export const CONTACT_REPOSITORY = Symbol('ContactRepository');

/** Where contacts are kept. `getById` throws ContactNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface ContactRepository {
  getById(id: string): Promise<Contact>;
  save(contact: Contact): Promise<void>;
}
