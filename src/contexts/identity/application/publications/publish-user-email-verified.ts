import { Publication, Publishes } from '@promenade/messaging';
import { UserEmailVerifiedContract, UserEmailVerifiedContractPayload } from '../../contracts';
import { UserEmailVerified } from '../../domain/events/user-email-verified.event';

/** What other contexts learn of UserEmailVerified: field by field, so a field added inside the context stays inside. */
@Publishes(UserEmailVerified, UserEmailVerifiedContract)
export class PublishUserEmailVerified implements Publication<UserEmailVerified, UserEmailVerifiedContract> {
  toContract({ payload }: UserEmailVerified): UserEmailVerifiedContractPayload {
    return {
      userId: payload.userId,
      verifiedAt: payload.verifiedAt,
    };
  }
}
