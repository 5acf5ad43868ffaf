import { ContactChanged } from '../events/contact-changed.event';
import { ContactCreated } from '../events/contact-created.event';
import { ContactDeleted } from '../events/contact-deleted.event';
import { ContactMadePrimary } from '../events/contact-made-primary.event';
import { ContactVerified } from '../events/contact-verified.event';
import { Contact } from './contact.aggregate';
import { ContactAlreadyVerified, ContactDuplicate, ContactNotFound, ContactValueInvalid } from './contact.errors';
import { ContactValue } from './contact-value';

const ALICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const email = (value: string) => ContactValue.of('email', { value });
const phone = (value: string) => ContactValue.of('phone', { value });

/** A stored contact, its creation event already taken. */
function stored(userId: string, value: ContactValue, existing: Contact[] = []): Contact {
  const contact = Contact.create(userId, value, existing);
  contact.pullEvents();
  contact.markPersisted(1);
  return contact;
}

describe('Contact', () => {
  describe('creation', () => {
    it('makes the first contact of its type primary, unverified, and raises ContactCreated without the value', () => {
      const contact = Contact.create(ALICE, email('ada@example.com'), [], new Date('2026-01-01T00:00:00Z'));
      expect(contact).toMatchObject({
        userId: ALICE,
        type: 'email',
        isPrimary: true,
        verifiedAt: undefined,
        isDeleted: false,
        isNew: true,
      });
      expect(contact.createdAt.toISOString()).toBe('2026-01-01T00:00:00.000Z');
      const [event] = contact.pullEvents();
      expect(event).toBeInstanceOf(ContactCreated);
      expect(event.eventName).toBe('identity.contact-created');
      expect((event as ContactCreated).payload).toEqual({ contactId: contact.id, userId: ALICE, type: 'email', isPrimary: true });
      expect(JSON.stringify(event.toJSON())).not.toContain('ada@example.com');
    });

    it('does not make a second contact of the same type primary', () => {
      const first = stored(ALICE, email('ada@example.com'));
      const second = Contact.create(ALICE, email('lovelace@example.com'), [first]);
      expect(second.isPrimary).toBe(false);
      expect((second.pullEvents()[0] as ContactCreated).payload.isPrimary).toBe(false);
    });

    it('makes the first contact of another type primary, whatever the user has of other types', () => {
      const mail = stored(ALICE, email('ada@example.com'));
      expect(Contact.create(ALICE, phone('+49301234567'), [mail]).isPrimary).toBe(true);
    });

    it('refuses the same value twice for one user and type with CONTACT_DUPLICATE, whatever its case', () => {
      const first = stored(ALICE, email('ada@example.com'));
      expect(() => Contact.create(ALICE, email('ADA@Example.com'), [first])).toThrow(ContactDuplicate);
    });

    it('allows a value again once the contact that held it is deleted, and makes it primary when no live one is left', () => {
      const first = stored(ALICE, email('ada@example.com'));
      first.delete();
      const again = Contact.create(ALICE, email('ada@example.com'), [first]);
      expect(again.isPrimary).toBe(true);
    });

    it("ignores other users' contacts: the same value for Bob is no duplicate of Alice's", () => {
      const alices = stored(ALICE, email('shared@example.com'));
      const bobs = Contact.create(BOB, email('shared@example.com'), [alices]);
      expect(bobs.isPrimary).toBe(true);
    });
  });

  it('is restored as stored, raising nothing', () => {
    const contact = Contact.restore({
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199',
      version: 3,
      userId: ALICE,
      value: email('ada@example.com'),
      isPrimary: false,
      verifiedAt: new Date('2026-01-02T00:00:00Z'),
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(contact).toMatchObject({ version: 3, isPrimary: false, isDeleted: false });
    expect(contact.verifiedAt?.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(contact.pullEvents()).toEqual([]);
  });

  describe('changing the value', () => {
    it('replaces it, clears the verification and raises ContactChanged without the value', () => {
      const contact = stored(ALICE, phone('+49301234567'));
      contact.verify();
      contact.pullEvents();

      expect(contact.changeValue(phone('+49301234568'), [contact])).toBe(true);

      expect(contact.value.text).toBe('+49301234568');
      expect(contact.verifiedAt).toBeUndefined();
      const [event] = contact.pullEvents();
      expect(event).toBeInstanceOf(ContactChanged);
      expect((event as ContactChanged).payload).toEqual({ contactId: contact.id, userId: ALICE, type: 'phone' });
    });

    it('changes nothing, and keeps the verification, for the very same value', () => {
      const contact = stored(ALICE, phone('+49301234567'));
      contact.verify();
      contact.pullEvents();

      expect(contact.changeValue(ContactValue.of('phone', { value: '030 1234567', country: 'DE' }), [contact])).toBe(false);

      expect(contact.verifiedAt).toBeInstanceOf(Date);
      expect(contact.pullEvents()).toEqual([]);
    });

    it("refuses another live contact's value with CONTACT_DUPLICATE", () => {
      const first = stored(ALICE, email('ada@example.com'));
      const second = stored(ALICE, email('lovelace@example.com'), [first]);
      expect(() => second.changeValue(email('Ada@example.com'), [first, second])).toThrow(ContactDuplicate);
      expect(second.value.text).toBe('lovelace@example.com');
    });

    it('refuses a value of another type with CONTACT_VALUE_INVALID', () => {
      const contact = stored(ALICE, email('ada@example.com'));
      expect(() => contact.changeValue(phone('+49301234567'), [contact])).toThrow(ContactValueInvalid);
    });
  });

  describe('verification', () => {
    it('records when the contact was verified and raises ContactVerified', () => {
      const contact = stored(ALICE, email('ada@example.com'));
      contact.verify(new Date('2026-02-01T00:00:00Z'));
      expect(contact.verifiedAt?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
      const [event] = contact.pullEvents();
      expect(event).toBeInstanceOf(ContactVerified);
      expect(event.eventName).toBe('identity.contact-verified');
      expect((event as ContactVerified).payload).toEqual({
        contactId: contact.id,
        userId: ALICE,
        type: 'email',
        verifiedAt: '2026-02-01T00:00:00.000Z',
      });
    });

    it('refuses to verify a verified contact again with CONTACT_ALREADY_VERIFIED', () => {
      const contact = stored(ALICE, email('ada@example.com'));
      contact.verify();
      contact.pullEvents();
      expect(() => contact.verify()).toThrow(ContactAlreadyVerified);
      expect(contact.pullEvents()).toEqual([]);
    });
  });

  describe('primary', () => {
    it('makes a contact primary, demotes the previous primary and answers it, raising ContactMadePrimary', () => {
      const first = stored(ALICE, email('ada@example.com'));
      const second = stored(ALICE, email('lovelace@example.com'), [first]);

      const demoted = second.makePrimary([first, second]);

      expect(demoted).toBe(first);
      expect(first.isPrimary).toBe(false);
      expect(second.isPrimary).toBe(true);
      const [event] = second.pullEvents();
      expect(event).toBeInstanceOf(ContactMadePrimary);
      expect((event as ContactMadePrimary).payload).toEqual({
        contactId: second.id,
        userId: ALICE,
        type: 'email',
        previousPrimaryId: first.id,
      });
      expect(first.pullEvents()).toEqual([]);
    });

    it('becomes primary with none to demote when the type has no primary', () => {
      const first = stored(ALICE, email('ada@example.com'));
      const second = stored(ALICE, email('lovelace@example.com'), [first]);
      first.delete();

      expect(second.makePrimary([second])).toBeUndefined();
      expect(second.isPrimary).toBe(true);
      expect((second.pullEvents()[0] as ContactMadePrimary).payload.previousPrimaryId).toBeNull();
    });

    it('leaves the primaries of other types alone', () => {
      const mail = stored(ALICE, email('ada@example.com'));
      const firstPhone = stored(ALICE, phone('+49301234567'));
      const secondPhone = stored(ALICE, phone('+49301234568'), [firstPhone]);

      expect(secondPhone.makePrimary([mail, firstPhone, secondPhone])).toBe(firstPhone);
      expect(mail.isPrimary).toBe(true);
    });

    it('changes nothing when the contact is primary already', () => {
      const first = stored(ALICE, email('ada@example.com'));
      expect(first.makePrimary([first])).toBeUndefined();
      expect(first.isPrimary).toBe(true);
      expect(first.pullEvents()).toEqual([]);
    });
  });

  describe('deletion', () => {
    it('marks the contact deleted and raises ContactDeleted saying whether it was primary', () => {
      const contact = stored(ALICE, email('ada@example.com'));
      contact.delete(new Date('2026-03-01T00:00:00Z'));
      expect(contact.isDeleted).toBe(true);
      expect(contact.deletedAt?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
      expect(contact.isPrimary).toBe(false);
      const [event] = contact.pullEvents();
      expect(event).toBeInstanceOf(ContactDeleted);
      expect(event.eventName).toBe('identity.contact-deleted');
      expect((event as ContactDeleted).payload).toEqual({ contactId: contact.id, userId: ALICE, type: 'email', wasPrimary: true });
    });

    it('leaves the type without a primary: no other contact is promoted', () => {
      const first = stored(ALICE, email('ada@example.com'));
      const second = stored(ALICE, email('lovelace@example.com'), [first]);
      first.delete();
      expect(second.isPrimary).toBe(false);
    });

    it('refuses every operation on a deleted contact with CONTACT_NOT_FOUND and raises nothing more', () => {
      const contact = stored(ALICE, email('ada@example.com'));
      contact.delete();
      contact.pullEvents();
      expect(() => contact.delete()).toThrow(ContactNotFound);
      expect(() => contact.verify()).toThrow(ContactNotFound);
      expect(() => contact.changeValue(email('new@example.com'), [])).toThrow(ContactNotFound);
      expect(() => contact.makePrimary([])).toThrow(ContactNotFound);
      expect(contact.pullEvents()).toEqual([]);
    });
  });
});
