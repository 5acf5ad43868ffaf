import { Command } from '@nestjs/cqrs';

export class DeactivateCountry extends Command<void> {
  constructor(readonly countryId: string) {
    super();
  }
}
