import { AggregateMapper } from '@promenade/persistence';
import { User } from '../../domain/user.aggregate';
import { UserModel } from './user.model';

export const userMapper: AggregateMapper<User, UserModel> = {
  toDomain(model) {
    return User.restore({ id: model.id, version: model.version, createdAt: model.createdAt });
  },

  toModel(user) {
    return Object.assign(new UserModel(), { id: user.id, createdAt: user.createdAt });
  },
};
