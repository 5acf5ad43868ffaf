import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CompanyCreatedPayload {
  companyId: string;
  name: string;
  legalType: string;
  size: string;
  /** null for a top-level company. */
  parentId: string | null;
  createdAt: string;
}

/** A company came into being. */
export class CompanyCreated extends DomainEvent<CompanyCreatedPayload> {
  static readonly eventName = 'crm.company-created';
  static readonly eventVersion = 1;

  constructor(payload: CompanyCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.companyId, payload, metadata);
  }
}
