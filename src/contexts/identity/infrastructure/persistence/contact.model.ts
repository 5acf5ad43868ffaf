import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';
import { ContactType } from '../../domain/contact/contact-type';
import { PostalAddressFields } from '../../domain/contact/postal-address';

/** The unique indexes (one live primary per type, one live contact per value) are partial: see the CreateContacts migration. */
@Entity({ schema: 'identity', name: 'contacts' })
export class ContactModel extends VersionedModel {
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('varchar', { length: 16 })
  type!: ContactType;

  /** The email address, the E.164 number, or the address on one line. */
  @Column('text')
  value!: string;

  /** The value as duplicates are found (lower-case email, E.164, normalised address). */
  @Column('text', { name: 'value_key' })
  valueKey!: string;

  /** The structured address of an address contact; null for the other types. */
  @Column('jsonb', { nullable: true })
  address!: PostalAddressFields | null;

  @Column('boolean', { name: 'is_primary' })
  isPrimary!: boolean;

  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
