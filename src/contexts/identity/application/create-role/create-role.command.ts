import { Command } from '@nestjs/cqrs';
import { Actor } from '../../domain/role/privilege';

export class CreateRole extends Command<void> {
  constructor(
    readonly name: string,
    readonly description: string,
    readonly permissions: readonly string[],
    readonly actor: Actor,
  ) {
    super();
  }
}
