import { Injectable } from '@nestjs/common';
import { ConcurrencyConflict, TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { IsNull } from 'typeorm';
import { Contact } from '../../domain/contact/contact.aggregate';
import { ContactType } from '../../domain/contact/contact-type';
import { ContactDuplicate, ContactNotFound } from '../../domain/contact/contact.errors';
import { ContactFilter, ContactRepository } from '../../domain/contact/contact.repository';
import { contactMapper } from './contact.mapper';
import { ContactModel } from './contact.model';

/** Names of the partial unique indexes of the CreateContacts migration. */
const ONE_PRIMARY_PER_TYPE = 'contacts_one_primary_per_type';
const ONE_LIVE_CONTACT_PER_VALUE = 'contacts_one_live_per_value';

@Injectable()
export class ContactTypeOrmRepository extends TypeOrmAggregateRepository<Contact, ContactModel> implements ContactRepository {
  constructor(uow: UnitOfWork) {
    super(uow, ContactModel, contactMapper);
  }

  async getById(id: string, ownerId?: string): Promise<Contact> {
    // `userId: undefined` adds no condition: any owner.
    const found = await this.models.findOneBy({ id, userId: ownerId, deletedAt: IsNull() });
    if (!found) throw new ContactNotFound(id);
    return contactMapper.toDomain(found);
  }

  async findLiveOfType(userId: string, type: ContactType): Promise<Contact[]> {
    const rows = await this.models.find({ where: { userId, type, deletedAt: IsNull() }, order: { id: 'ASC' } });
    return rows.map((row) => contactMapper.toDomain(row));
  }

  async findPage(filter: ContactFilter, offset: number, limit: number): Promise<{ items: Contact[]; total: number }> {
    return this.findPageWhere({ userId: filter.userId, type: filter.type, deletedAt: IsNull() }, offset, limit);
  }

  /** The rules were checked on what was read; a request that raced this one is caught by the unique indexes. */
  override async save(contact: Contact): Promise<void> {
    try {
      await super.save(contact);
    } catch (error) {
      throw translateUniqueViolation(error, contact);
    }
  }
}

function translateUniqueViolation(error: unknown, contact: Contact): unknown {
  const constraint = uniqueViolation(error);
  if (constraint === ONE_LIVE_CONTACT_PER_VALUE) return new ContactDuplicate(contact.type);
  if (constraint === ONE_PRIMARY_PER_TYPE) return new ConcurrencyConflict('Contact', contact.id, contact.version);
  return error;
}
