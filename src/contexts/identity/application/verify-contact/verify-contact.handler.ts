import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Email } from '@promenade/ddd';
import { CONTACT_REPOSITORY, ContactRepository } from '../../domain/contact/contact.repository';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { VerifyContact } from './verify-contact.command';

/** Verifies a contact; verifying an email contact with the login address verifies the user's email too, in the same transaction. */
@CommandHandler(VerifyContact)
export class VerifyContactHandler implements ICommandHandler<VerifyContact, void> {
  constructor(
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
  ) {}

  async execute({ contactId }: VerifyContact): Promise<void> {
    const contact = await this.contacts.getById(contactId);
    contact.verify();
    await this.contacts.save(contact);
    if (contact.type !== 'email') return;
    const user = await this.users.getById(contact.userId);
    if (user.confirmEmail(Email.of(contact.value.text))) await this.users.save(user);
  }
}
