import { Command } from '@nestjs/cqrs';
import { Actor } from '../../domain/role/privilege';

export class DeleteRole extends Command<void> {
  constructor(
    readonly name: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
