import { Command } from '@nestjs/cqrs';

/** Moves a company under a live parent (never into a cycle), or to the top with null. */
export class SetCompanyParent extends Command<void> {
  constructor(
    readonly companyId: string,
    readonly parentId: string | null,
  ) {
    super();
  }
}
