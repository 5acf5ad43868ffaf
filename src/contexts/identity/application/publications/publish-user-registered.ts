import { Publication, Publishes } from '@promenade/messaging';
import { UserRegisteredContract, UserRegisteredContractPayload } from '../../contracts';
import { UserRegistered } from '../../domain/events/user-registered.event';

/** What other contexts learn of UserRegistered: field by field, so a field added inside the context stays inside. */
@Publishes(UserRegistered, UserRegisteredContract)
export class PublishUserRegistered implements Publication<UserRegistered, UserRegisteredContract> {
  toContract({ payload }: UserRegistered): UserRegisteredContractPayload {
    return {
      userId: payload.userId,
      email: payload.email,
      displayName: payload.displayName,
    };
  }
}
