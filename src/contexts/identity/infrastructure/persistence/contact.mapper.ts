import { AggregateMapper } from '@promenade/persistence';
import { Contact } from '../../domain/contact.aggregate';
import { ContactModel } from './contact.model';

export const contactMapper: AggregateMapper<Contact, ContactModel> = {
  toDomain(model) {
    return Contact.restore({ id: model.id, version: model.version, createdAt: model.createdAt });
  },

  toModel(contact) {
    return Object.assign(new ContactModel(), { id: contact.id, createdAt: contact.createdAt });
  },
};
