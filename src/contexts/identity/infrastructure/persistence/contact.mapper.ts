import { AggregateMapper } from '@promenade/persistence';
import { Contact } from '../../domain/contact/contact.aggregate';
import { ContactValue } from '../../domain/contact/contact-value';
import { ContactModel } from './contact.model';

export const contactMapper: AggregateMapper<Contact, ContactModel> = {
  toDomain(model) {
    return Contact.restore({
      id: model.id,
      version: model.version,
      userId: model.userId,
      value: ContactValue.restore(model.type, model.value, model.address ?? undefined),
      isPrimary: model.isPrimary,
      verifiedAt: model.verifiedAt ?? undefined,
      deletedAt: model.deletedAt ?? undefined,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(contact) {
    return Object.assign(new ContactModel(), {
      id: contact.id,
      userId: contact.userId,
      type: contact.type,
      value: contact.value.text,
      valueKey: contact.value.key,
      address: contact.value.address?.toJSON() ?? null,
      isPrimary: contact.isPrimary,
      verifiedAt: contact.verifiedAt ?? null,
      deletedAt: contact.deletedAt ?? null,
      createdAt: contact.createdAt,
    });
  },
};
