import { Query } from '@nestjs/cqrs';
import { Role } from '../../domain/role/role.aggregate';

/** Every role, system ones first; there are few enough to answer in one piece. */
export class ListRoles extends Query<Role[]> {}
