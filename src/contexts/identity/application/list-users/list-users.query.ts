import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { User } from '../../domain/user/user.aggregate';
import { UserFilter } from '../../domain/user/user.repository';

export class ListUsers extends Query<Page<User>> {
  constructor(
    readonly filter: UserFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
