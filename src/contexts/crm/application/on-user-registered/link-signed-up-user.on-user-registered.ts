import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { UserRegisteredContract } from '../../../identity/contracts';
import { SignedUpUserLinker } from '../link-signed-up-user/signed-up-user-linker';

/**
 * Where Crm meets Identity's registrations: someone who registers becomes a lead linked to their user,
 * unless a rep keeps a customer with that email already; that customer is linked only once the address
 * is verified (see SignedUpUserLinker and LinkSignedUpUserOnUserEmailVerified). The new lead has no rep (`assignedTo`
 * null) until someone with `customers:write:any` assigns one: only they see unassigned leads. Idempotent.
 */
@EventHandler('crm.link-signed-up-user-on-user-registered', UserRegisteredContract)
export class LinkSignedUpUserOnUserRegistered implements IEventHandler<UserRegisteredContract> {
  constructor(private readonly linker: SignedUpUserLinker) {}

  async handle({ payload: { userId, email, displayName } }: UserRegisteredContract): Promise<void> {
    await this.linker.registered(userId, email, displayName);
  }
}
