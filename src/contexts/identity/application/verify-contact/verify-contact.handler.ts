import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CONTACT_REPOSITORY, ContactRepository } from '../../domain/contact.repository';
import { VerifyContact } from './verify-contact.command';

@CommandHandler(VerifyContact)
export class VerifyContactHandler implements ICommandHandler<VerifyContact, void> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  async execute({ contactId }: VerifyContact): Promise<void> {
    const contact = await this.contacts.getById(contactId);
    contact.verify();
    await this.contacts.save(contact);
  }
}
