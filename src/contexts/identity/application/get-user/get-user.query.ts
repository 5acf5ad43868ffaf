import { Query } from '@nestjs/cqrs';
import { User } from '../../domain/user/user.aggregate';

export class GetUser extends Query<User> {
  constructor(readonly userId: string) {
    super();
  }
}
