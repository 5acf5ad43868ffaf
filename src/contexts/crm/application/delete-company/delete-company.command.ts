import { Command } from '@nestjs/cqrs';

/** Soft-deletes a company that has no live subsidiaries: it stays stored for its history, and is gone for every operation. */
export class DeleteCompany extends Command<void> {
  constructor(readonly companyId: string) {
    super();
  }
}
