import { Command } from '@nestjs/cqrs';

export class DeactivateCurrency extends Command<void> {
  constructor(readonly currencyId: string) {
    super();
  }
}
