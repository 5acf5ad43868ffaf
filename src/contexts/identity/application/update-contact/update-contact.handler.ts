import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { givenFields } from '@promenade/ddd';
import { CONTACT_REPOSITORY, ContactRepository } from '../../domain/contact/contact.repository';
import { ContactValue } from '../../domain/contact/contact-value';
import { UpdateContact } from './update-contact.command';

@CommandHandler(UpdateContact)
export class UpdateContactHandler implements ICommandHandler<UpdateContact, void> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  async execute({ contactId, value, ownerId }: UpdateContact): Promise<void> {
    const contact = await this.contacts.getById(contactId, ownerId);
    // A PATCH naming no field changes nothing (the contact must still be reachable: 404 otherwise).
    if (Object.keys(givenFields(value)).length === 0) return;
    const checked = ContactValue.of(contact.type, value);
    if (contact.changeValue(checked, await this.contacts.findLiveOfType(contact.userId, contact.type))) await this.contacts.save(contact);
  }
}
