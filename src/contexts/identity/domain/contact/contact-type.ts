export const CONTACT_TYPES = ['email', 'phone', 'address'] as const;

/** How a contact reaches its user; fixed once created (another kind of contact is another contact). */
export type ContactType = (typeof CONTACT_TYPES)[number];
