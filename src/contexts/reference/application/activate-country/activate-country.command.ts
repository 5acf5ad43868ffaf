import { Command } from '@nestjs/cqrs';

export class ActivateCountry extends Command<void> {
  constructor(readonly countryId: string) {
    super();
  }
}
