import { Command } from '@nestjs/cqrs';

export class DiscontinueProduct extends Command<void> {
  constructor(readonly productId: string) {
    super();
  }
}
