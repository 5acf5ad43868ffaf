import { AggregateRoot, newId } from '@promenade/ddd';
import { ContactChanged } from '../events/contact-changed.event';
import { ContactCreated } from '../events/contact-created.event';
import { ContactDeleted } from '../events/contact-deleted.event';
import { ContactMadePrimary } from '../events/contact-made-primary.event';
import { ContactVerified } from '../events/contact-verified.event';
import { ContactType } from './contact-type';
import { ContactValue } from './contact-value';
import { ContactAlreadyVerified, ContactDuplicate, ContactNotFound, ContactValueInvalid } from './contact.errors';

export interface ContactState {
  id: string;
  version: number;
  userId: string;
  value: ContactValue;
  isPrimary: boolean;
  verifiedAt?: Date;
  /** Deleted contacts stay stored (their events and history refer to them) but no operation reaches them. */
  deletedAt?: Date;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/**
 * A user's email address, phone number or postal address. A user has at most one primary contact
 * of each type among the live ones, never the same value twice for one type; changing the value
 * clears its verification.
 */
export class Contact extends AggregateRoot<ContactState> {
  private constructor(state: ContactState) {
    super(state);
  }

  /**
   * A new contact of `userId`. `existing` are the user's live contacts of the same type: the value
   * must not be among them, and the first of its type becomes the primary.
   */
  static create(userId: string, value: ContactValue, existing: readonly Contact[], now = new Date()): Contact {
    const siblings = existing.filter((other) => other.isLiveSiblingOf(userId, value.type));
    if (siblings.some((other) => other.value.isSameAs(value))) throw new ContactDuplicate(value.type);
    const contact = new Contact({
      id: newId(),
      version: 0,
      userId,
      value,
      isPrimary: siblings.length === 0,
      createdAt: now,
      updatedAt: now,
    });
    contact.apply(new ContactCreated({ contactId: contact.id, userId, type: value.type, isPrimary: contact.isPrimary }));
    return contact;
  }

  /** Rebuilds a stored contact; no rule is re-run and no event raised. */
  static restore(state: ContactState): Contact {
    return new Contact(state);
  }

  get userId(): string {
    return this.state.userId;
  }

  get type(): ContactType {
    return this.state.value.type;
  }

  get value(): ContactValue {
    return this.state.value;
  }

  get isPrimary(): boolean {
    return this.state.isPrimary;
  }

  get verifiedAt(): Date | undefined {
    return this.state.verifiedAt;
  }

  get deletedAt(): Date | undefined {
    return this.state.deletedAt;
  }

  get isDeleted(): boolean {
    return this.state.deletedAt !== undefined;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /**
   * Replaces the value (same type) and clears the verification: the new value has not been shown to
   * reach the user. `existing` are the user's live contacts of this type. Answers whether anything
   * changed (the very same value again changes nothing).
   */
  changeValue(value: ContactValue, existing: readonly Contact[]): boolean {
    this.assertLive();
    if (value.type !== this.type) {
      throw new ContactValueInvalid(`a contact of type ${this.type} cannot hold a ${value.type}; add a new contact instead`);
    }
    if (value.equals(this.state.value)) return false;
    const others = existing.filter((other) => other.id !== this.id && other.isLiveSiblingOf(this.userId, this.type));
    if (others.some((other) => other.value.isSameAs(value))) throw new ContactDuplicate(value.type);
    this.state = { ...this.state, value, verifiedAt: undefined };
    this.apply(new ContactChanged({ contactId: this.id, userId: this.userId, type: this.type }));
    return true;
  }

  /** Records that the user was shown to be reachable by this contact (by staff, for now: no code is sent yet). */
  verify(now = new Date()): void {
    this.assertLive();
    if (this.state.verifiedAt) throw new ContactAlreadyVerified(this.id);
    this.state = { ...this.state, verifiedAt: now };
    this.apply(new ContactVerified({ contactId: this.id, userId: this.userId, type: this.type, verifiedAt: now.toISOString() }));
  }

  /**
   * Becomes the primary of its type. `existing` are the user's live contacts of this type; the one
   * that was primary is demoted and answered, to be saved with this one (before it: the database
   * allows one primary per type at every moment). Already primary: nothing changes.
   */
  makePrimary(existing: readonly Contact[]): Contact | undefined {
    this.assertLive();
    if (this.state.isPrimary) return undefined;
    const previous = existing.find((other) => other.id !== this.id && other.isPrimary && other.isLiveSiblingOf(this.userId, this.type));
    if (previous) previous.state = { ...previous.state, isPrimary: false };
    this.state = { ...this.state, isPrimary: true };
    this.apply(
      new ContactMadePrimary({ contactId: this.id, userId: this.userId, type: this.type, previousPrimaryId: previous?.id ?? null }),
    );
    return previous;
  }

  /**
   * Soft delete: the row and its history stay, every later operation answers CONTACT_NOT_FOUND.
   * Deleting the primary leaves its type without one (none is promoted behind the user's back)
   * until the user makes another contact primary.
   */
  delete(now = new Date()): void {
    this.assertLive();
    const wasPrimary = this.state.isPrimary;
    this.state = { ...this.state, isPrimary: false, deletedAt: now };
    this.apply(new ContactDeleted({ contactId: this.id, userId: this.userId, type: this.type, wasPrimary }));
  }

  private isLiveSiblingOf(userId: string, type: ContactType): boolean {
    return this.state.userId === userId && this.type === type && !this.isDeleted;
  }

  private assertLive(): void {
    if (this.isDeleted) throw new ContactNotFound(this.id);
  }
}
