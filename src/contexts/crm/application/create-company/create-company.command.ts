import { Command } from '@nestjs/cqrs';
import { CompanyDetailsInput } from '../../domain/company/company-details';

/** Registers a company, top-level or under a live parent; answers the new id. */
export class CreateCompany extends Command<string> {
  constructor(
    readonly details: CompanyDetailsInput,
    readonly parentId: string | null = null,
  ) {
    super();
  }
}
