import { Query } from '@nestjs/cqrs';
import { Role } from '../../domain/role/role.aggregate';

export class GetRole extends Query<Role> {
  constructor(readonly name: string) {
    super();
  }
}
