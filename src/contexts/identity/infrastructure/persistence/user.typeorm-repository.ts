import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { User } from '../../domain/user.aggregate';
import { UserNotFound } from '../../domain/user.errors';
import { UserRepository } from '../../domain/user.repository';
import { userMapper } from './user.mapper';
import { UserModel } from './user.model';

@Injectable()
export class UserTypeOrmRepository extends TypeOrmAggregateRepository<User, UserModel> implements UserRepository {
  constructor(uow: UnitOfWork) {
    super(uow, UserModel, userMapper);
  }

  async getById(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw new UserNotFound(id);
    return user;
  }
}
