import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Contact } from '../../domain/contact.aggregate';
import { ContactNotFound } from '../../domain/contact.errors';
import { ContactRepository } from '../../domain/contact.repository';
import { contactMapper } from './contact.mapper';
import { ContactModel } from './contact.model';

@Injectable()
export class ContactTypeOrmRepository extends TypeOrmAggregateRepository<Contact, ContactModel> implements ContactRepository {
  constructor(uow: UnitOfWork) {
    super(uow, ContactModel, contactMapper);
  }

  async getById(id: string): Promise<Contact> {
    const contact = await this.findById(id);
    if (!contact) throw new ContactNotFound(id);
    return contact;
  }
}
