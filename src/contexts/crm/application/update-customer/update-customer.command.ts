import { Command } from '@nestjs/cqrs';
import { AcquisitionSource } from '../../domain/customer/acquisition-source';

/** Only the fields given change (a key holding undefined counts as left out); null clears phone or company. */
export interface CustomerChanges {
  name?: string;
  email?: string;
  phone?: string | null;
  source?: AcquisitionSource;
  companyId?: string | null;
}

export class UpdateCustomer extends Command<void> {
  constructor(
    readonly customerId: string,
    readonly changes: CustomerChanges,
    /** Only customers assigned to this rep are reachable; undefined: anyone's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
