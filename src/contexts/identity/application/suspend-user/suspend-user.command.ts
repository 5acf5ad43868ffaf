import { Command } from '@nestjs/cqrs';
import { Actor } from '../../domain/role/privilege';

export class SuspendUser extends Command<void> {
  constructor(
    readonly userId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
