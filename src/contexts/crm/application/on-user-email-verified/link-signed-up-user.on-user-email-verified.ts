import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { UserEmailVerifiedContract } from '../../../identity/contracts';
import { SignedUpUserLinker } from '../link-signed-up-user/signed-up-user-linker';

/**
 * Where Crm meets Identity's email verification: the address a user registered with is now shown to be
 * theirs, so a customer a rep keeps with that email may be linked to them (see SignedUpUserLinker).
 * Idempotent: a redelivery finds the user linked and does nothing.
 */
@EventHandler('crm.link-signed-up-user-on-user-email-verified', UserEmailVerifiedContract)
export class LinkSignedUpUserOnUserEmailVerified implements IEventHandler<UserEmailVerifiedContract> {
  constructor(private readonly linker: SignedUpUserLinker) {}

  async handle({ payload: { userId, verifiedAt } }: UserEmailVerifiedContract): Promise<void> {
    await this.linker.emailVerified(userId, new Date(verifiedAt));
  }
}
