import { Command } from '@nestjs/cqrs';
import { Actor } from '../../domain/role/privilege';

export class UnlockUser extends Command<void> {
  constructor(
    readonly userId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
