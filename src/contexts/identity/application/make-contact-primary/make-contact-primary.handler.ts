import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CONTACT_REPOSITORY, ContactRepository } from '../../domain/contact/contact.repository';
import { MakeContactPrimary } from './make-contact-primary.command';

@CommandHandler(MakeContactPrimary)
export class MakeContactPrimaryHandler implements ICommandHandler<MakeContactPrimary, void> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  async execute({ contactId, ownerId }: MakeContactPrimary): Promise<void> {
    const contact = await this.contacts.getById(contactId, ownerId);
    if (contact.isPrimary) return; // already: nothing to change
    const demoted = contact.makePrimary(await this.contacts.findLiveOfType(contact.userId, contact.type));
    // The demoted one first: the unique index allows one primary per type after every statement.
    if (demoted) await this.contacts.save(demoted);
    await this.contacts.save(contact);
  }
}
