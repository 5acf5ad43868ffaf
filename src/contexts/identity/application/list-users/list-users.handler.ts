import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { User } from '../../domain/user/user.aggregate';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { ListUsers } from './list-users.query';

@QueryHandler(ListUsers)
export class ListUsersHandler implements IQueryHandler<ListUsers, Page<User>> {
  constructor(@Inject(USER_REPOSITORY) private readonly users: UserRepository) {}

  async execute({ filter, page, limit }: ListUsers): Promise<Page<User>> {
    const { items, total } = await this.users.findPage(filter, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
