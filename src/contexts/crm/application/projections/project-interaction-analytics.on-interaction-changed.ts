import { Inject } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler, sequenceOf } from '@promenade/messaging';
import { InteractionCreated } from '../../domain/events/interaction-created.event';
import { InteractionDeleted } from '../../domain/events/interaction-deleted.event';
import { InteractionEnded } from '../../domain/events/interaction-ended.event';
import { InteractionUpdated } from '../../domain/events/interaction-updated.event';
import { ANALYTICS_PROJECTION, AnalyticsProjection } from './analytics-projection';

type InteractionChanged = InteractionCreated | InteractionUpdated | InteractionEnded | InteractionDeleted;

/** Interactions by type and the pending follow-ups, from one row per interaction. */
@EventHandler(
  'crm.project-interaction-analytics-on-interaction-changed',
  InteractionCreated,
  InteractionUpdated,
  InteractionEnded,
  InteractionDeleted,
)
export class ProjectInteractionAnalyticsOnInteractionChanged implements IEventHandler<InteractionChanged> {
  constructor(@Inject(ANALYTICS_PROJECTION) private readonly projection: AnalyticsProjection) {}

  async handle(event: InteractionChanged): Promise<void> {
    const sequence = sequenceOf(event);
    const id = event.metadata.aggregateId;
    if (event instanceof InteractionCreated || event instanceof InteractionUpdated) {
      const { type, followUpRequired, followUpAt, endedAt } = event.payload;
      return this.projection.applyInteraction(id, sequence, { type, followUpRequired, followUpAt, endedAt });
    }
    if (event instanceof InteractionEnded)
      return this.projection.applyInteraction(id, sequence, { type: event.payload.type, endedAt: event.payload.endedAt });
    return this.projection.applyInteraction(id, sequence, { type: event.payload.type, deleted: true });
  }
}
