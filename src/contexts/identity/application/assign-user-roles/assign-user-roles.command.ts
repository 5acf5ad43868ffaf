import { Command } from '@nestjs/cqrs';
import { Actor } from '../../domain/role/privilege';

/** Replaces the user's roles with `roles`. */
export class AssignUserRoles extends Command<void> {
  constructor(
    readonly userId: string,
    readonly roles: readonly string[],
    readonly actor: Actor,
  ) {
    super();
  }
}
