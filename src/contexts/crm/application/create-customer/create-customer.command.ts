import { Command } from '@nestjs/cqrs';
import { AcquisitionSource } from '../../domain/customer/acquisition-source';

export interface NewCustomerDetails {
  name: string;
  email: string;
  phone?: string | null;
  source: AcquisitionSource;
  /** The sales rep's user id. */
  assignedTo: string;
  companyId?: string | null;
  tags?: string[];
}

/** Opens a lead; answers its id. */
export class CreateCustomer extends Command<string> {
  constructor(
    readonly details: NewCustomerDetails,
    /** The rep the caller is limited to (`customers:read` scope); undefined: a manager who sees every customer. */
    readonly callerScope?: string,
  ) {
    super();
  }
}
