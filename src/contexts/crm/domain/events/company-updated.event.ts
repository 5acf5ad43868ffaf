import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CompanyUpdatedPayload {
  companyId: string;
  /** The fields that changed (`name`, `legalType`, `size`, `industry`, `taxId`, `employeeCount`, `annualRevenue`). */
  changed: string[];
  name: string;
  size: string;
}

/** A company's own fields changed (its place in the hierarchy is CompanyParentChanged). */
export class CompanyUpdated extends DomainEvent<CompanyUpdatedPayload> {
  static readonly eventName = 'crm.company-updated';
  static readonly eventVersion = 1;

  constructor(payload: CompanyUpdatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.companyId, payload, metadata);
  }
}
