import { Inject } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler, sequenceOf } from '@promenade/messaging';
import { CustomerAssigned } from '../../domain/events/customer-assigned.event';
import { CustomerChurned } from '../../domain/events/customer-churned.event';
import { CustomerConverted } from '../../domain/events/customer-converted.event';
import { CustomerCreated } from '../../domain/events/customer-created.event';
import { CustomerDeleted } from '../../domain/events/customer-deleted.event';
import { CustomerDowngraded } from '../../domain/events/customer-downgraded.event';
import { CustomerQualified } from '../../domain/events/customer-qualified.event';
import { CustomerReactivated } from '../../domain/events/customer-reactivated.event';
import { CustomerUpgraded } from '../../domain/events/customer-upgraded.event';
import { ANALYTICS_PROJECTION, AnalyticsProjection } from './analytics-projection';

type CustomerChanged =
  | CustomerCreated
  | CustomerQualified
  | CustomerConverted
  | CustomerChurned
  | CustomerReactivated
  | CustomerUpgraded
  | CustomerDowngraded
  | CustomerAssigned
  | CustomerDeleted;

/**
 * Customers by status and tier, and their lifecycle flow: CRM's own events, through the event transport
 * like any other subscriber's (so the read model is eventually consistent and exercises that transport).
 */
@EventHandler(
  'crm.project-customer-analytics-on-customer-changed',
  CustomerCreated,
  CustomerQualified,
  CustomerConverted,
  CustomerChurned,
  CustomerReactivated,
  CustomerUpgraded,
  CustomerDowngraded,
  CustomerAssigned,
  CustomerDeleted,
)
export class ProjectCustomerAnalyticsOnCustomerChanged implements IEventHandler<CustomerChanged> {
  constructor(@Inject(ANALYTICS_PROJECTION) private readonly projection: AnalyticsProjection) {}

  async handle(event: CustomerChanged): Promise<void> {
    const sequence = sequenceOf(event);
    const id = event.metadata.aggregateId;
    if (event instanceof CustomerCreated) {
      const { status, tier, assignedTo, createdAt } = event.payload;
      return this.projection.applyCustomer(id, sequence, { status, tier, assignedTo, createdAt }, { status, at: createdAt });
    }
    if (event instanceof CustomerQualified) return this.moveTo(id, sequence, 'prospect', event.payload.qualifiedAt);
    if (event instanceof CustomerConverted) return this.moveTo(id, sequence, 'customer', event.payload.convertedAt);
    if (event instanceof CustomerChurned) return this.moveTo(id, sequence, 'churned', event.payload.churnedAt);
    if (event instanceof CustomerReactivated) return this.moveTo(id, sequence, 'customer', event.payload.reactivatedAt);
    if (event instanceof CustomerUpgraded || event instanceof CustomerDowngraded)
      return this.projection.applyCustomer(id, sequence, { tier: event.payload.to });
    if (event instanceof CustomerAssigned) return this.projection.applyCustomer(id, sequence, { assignedTo: event.payload.repId });
    const { status, tier } = event.payload;
    return this.projection.applyCustomer(id, sequence, { status, tier, deleted: true });
  }

  private moveTo(id: string, sequence: number, status: string, at: string): Promise<void> {
    return this.projection.applyCustomer(id, sequence, { status }, { status, at });
  }
}
