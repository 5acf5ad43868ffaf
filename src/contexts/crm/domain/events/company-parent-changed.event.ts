import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface CompanyParentChangedPayload {
  companyId: string;
  /** null: the company became top-level. */
  parentId: string | null;
  previousParentId: string | null;
}

/** A company moved in the hierarchy: under another parent, or out from under its parent. */
export class CompanyParentChanged extends DomainEvent<CompanyParentChangedPayload> {
  static readonly eventName = 'crm.company-parent-changed';
  static readonly eventVersion = 1;

  constructor(payload: CompanyParentChangedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.companyId, payload, metadata);
  }
}
