import { Command } from '@nestjs/cqrs';
import { Actor } from '../../domain/role/privilege';

/** Replaces what is given of a custom role's description and permissions. */
export class UpdateRole extends Command<void> {
  constructor(
    readonly name: string,
    readonly changes: { description?: string; permissions?: readonly string[] },
    readonly actor: Actor,
  ) {
    super();
  }
}
