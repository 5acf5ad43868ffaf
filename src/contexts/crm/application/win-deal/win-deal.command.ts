import { Command } from '@nestjs/cqrs';

export class WinDeal extends Command<void> {
  constructor(readonly dealId: string) {
    super();
  }
}
