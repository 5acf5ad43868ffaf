import { Command } from '@nestjs/cqrs';

export class ActivateCurrency extends Command<void> {
  constructor(readonly currencyId: string) {
    super();
  }
}
