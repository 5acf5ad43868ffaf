import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { User } from '../../domain/user/user.aggregate';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { GetUser } from './get-user.query';

@QueryHandler(GetUser)
export class GetUserHandler implements IQueryHandler<GetUser, User> {
  constructor(@Inject(USER_REPOSITORY) private readonly users: UserRepository) {}

  execute({ userId }: GetUser): Promise<User> {
    return this.users.getById(userId);
  }
}
