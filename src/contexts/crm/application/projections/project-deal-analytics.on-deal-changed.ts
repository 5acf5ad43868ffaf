import { Inject } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler, sequenceOf } from '@promenade/messaging';
import { DealCreated } from '../../domain/events/deal-created.event';
import { DealDeleted } from '../../domain/events/deal-deleted.event';
import { DealLost } from '../../domain/events/deal-lost.event';
import { DealStageChanged } from '../../domain/events/deal-stage-changed.event';
import { DealUpdated } from '../../domain/events/deal-updated.event';
import { DealWon } from '../../domain/events/deal-won.event';
import { ANALYTICS_PROJECTION, AnalyticsProjection } from './analytics-projection';

type DealChanged = DealCreated | DealStageChanged | DealUpdated | DealWon | DealLost | DealDeleted;

/** The pipeline, conversions, sales-rep performance and revenue all read one row per deal, kept here. */
@EventHandler('crm.project-deal-analytics-on-deal-changed', DealCreated, DealStageChanged, DealUpdated, DealWon, DealLost, DealDeleted)
export class ProjectDealAnalyticsOnDealChanged implements IEventHandler<DealChanged> {
  constructor(@Inject(ANALYTICS_PROJECTION) private readonly projection: AnalyticsProjection) {}

  async handle(event: DealChanged): Promise<void> {
    const sequence = sequenceOf(event);
    const id = event.metadata.aggregateId;
    if (event instanceof DealCreated || event instanceof DealUpdated || event instanceof DealStageChanged) {
      const { ownerId, value, probability } = event.payload;
      const stage = event instanceof DealStageChanged ? event.payload.to : event.payload.stage;
      const createdAt = event instanceof DealCreated ? event.payload.createdAt : undefined;
      return this.projection.applyDeal(id, sequence, {
        ownerId,
        stage,
        valueAmount: value.amount,
        currency: value.currency,
        probability,
        createdAt,
      });
    }
    if (event instanceof DealWon || event instanceof DealLost) {
      const { ownerId, value, createdAt } = event.payload;
      const [stage, closedAt, probability] =
        event instanceof DealWon ? ['closed_won', event.payload.wonAt, 100] : ['closed_lost', event.payload.lostAt, 0];
      return this.projection.applyDeal(id, sequence, {
        ownerId,
        stage,
        valueAmount: value.amount,
        currency: value.currency,
        probability,
        createdAt,
        closedAt,
      });
    }
    return this.projection.applyDeal(id, sequence, { deleted: true });
  }
}
