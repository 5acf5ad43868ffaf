import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Contact } from '../../domain/contact/contact.aggregate';
import { CONTACT_REPOSITORY, ContactRepository } from '../../domain/contact/contact.repository';
import { ContactValue } from '../../domain/contact/contact-value';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { CreateContact } from './create-contact.command';

@CommandHandler(CreateContact)
export class CreateContactHandler implements ICommandHandler<CreateContact, string> {
  constructor(
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
  ) {}

  async execute({ userId, type, value }: CreateContact): Promise<string> {
    const checked = ContactValue.of(type, value);
    await this.users.getById(userId); // staff may name any user: it must exist (USER_NOT_FOUND)
    const contact = Contact.create(userId, checked, await this.contacts.findLiveOfType(userId, type));
    await this.contacts.save(contact);
    return contact.id;
  }
}
