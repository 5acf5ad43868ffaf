import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CONTACT_REPOSITORY, ContactRepository } from '../../domain/contact/contact.repository';
import { DeleteContact } from './delete-contact.command';

@CommandHandler(DeleteContact)
export class DeleteContactHandler implements ICommandHandler<DeleteContact, void> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  async execute({ contactId, ownerId }: DeleteContact): Promise<void> {
    const contact = await this.contacts.getById(contactId, ownerId);
    contact.delete();
    await this.contacts.save(contact);
  }
}
