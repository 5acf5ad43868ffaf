import { Email } from '@promenade/ddd';
import { AggregateMapper } from '@promenade/persistence';
import { User } from '../../domain/user/user.aggregate';
import { UserModel } from './user.model';

export const userMapper: AggregateMapper<User, UserModel> = {
  toDomain(model) {
    return User.restore({
      id: model.id,
      version: model.version,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
      email: Email.of(model.email),
      passwordHash: model.passwordHash,
      status: model.status,
      roles: model.roles,
      emailVerifiedAt: model.emailVerifiedAt ?? undefined,
      failedLogins: model.failedLogins,
      lockedUntil: model.lockedUntil ?? undefined,
      sessionEpoch: model.sessionEpoch,
    });
  },

  toModel(user) {
    return Object.assign(new UserModel(), {
      id: user.id,
      createdAt: user.createdAt,
      // Only the normal form is kept: it is what every lookup and the unique index compare.
      email: user.email.normalized,
      passwordHash: user.passwordHash,
      status: user.status,
      roles: [...user.roles],
      emailVerifiedAt: user.emailVerifiedAt ?? null,
      failedLogins: user.failedLogins,
      lockedUntil: user.lockedUntil ?? null,
      sessionEpoch: user.sessionEpoch,
    });
  },
};
