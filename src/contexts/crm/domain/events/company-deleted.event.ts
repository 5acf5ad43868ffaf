import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CompanyDeletedPayload {
  companyId: string;
  deletedAt: string;
}

/** A company was soft-deleted: it stays stored for its history, and is gone for every operation. */
export class CompanyDeleted extends DomainEvent<CompanyDeletedPayload> {
  static readonly eventName = 'crm.company-deleted';
  static readonly eventVersion = 1;

  constructor(payload: CompanyDeletedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.companyId, payload, metadata);
  }
}
