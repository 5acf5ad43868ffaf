import { Command } from '@nestjs/cqrs';
import { CustomerTier } from '../../domain/customer/customer-tier';

export class UpgradeCustomer extends Command<void> {
  constructor(
    readonly customerId: string,
    readonly tier: CustomerTier,
    /** Only customers assigned to this rep are reachable; undefined: anyone's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
