import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { RequirePermission } from '@promenade/auth';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { TransportUnavailable } from '../delivery';
import { EventStats, EventStatsReading } from './event-stats';
import { SagaStats } from './sagas';

class SagaStatsResponse implements SagaStats {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } },
    example: { 'fulfillment.order-fulfillment': { awaiting_payment: 2, delivered: 40, cancelled: 3 } },
    description: 'Sagas per state, per saga type this service runs.',
  })
  byType!: Record<string, Record<string, number>>;
  @ApiProperty({
    type: 'integer',
    example: 0,
    description:
      'Sagas not ended whose timeout was due more than SAGA_STUCK_MARGIN_MS ago and has not fired: a lost or failing timeout delivery.',
  })
  stuck!: number;
}

class EventStatsResponse implements EventStatsReading {
  @ApiProperty({ enum: ['memory', 'bullmq'] }) transport!: 'memory' | 'bullmq';
  @ApiProperty({ type: 'integer', example: 0, description: 'Events committed but not yet handed to the transport.' })
  outboxBacklog!: number;
  @ApiProperty({ example: 0.2, description: 'How long the oldest event not yet relayed has waited, in seconds (0 when none waits).' })
  relayLagSeconds!: number;
  @ApiProperty({ example: { shipping: 0 }, description: 'Deliveries waiting or running, per subscribing context.' })
  queues!: Record<string, number>;
  @ApiProperty({ type: 'integer', example: 0 }) deadLetters!: number;
  @ApiProperty({
    type: 'integer',
    example: 0,
    description:
      'Deliveries the redelivery sweep sent again because the inbox had not confirmed them EVENT_REDELIVERY_AFTER_MS after sending (the broker lost them), over the events still kept (OUTBOX_RETENTION_HOURS).',
  })
  redelivered!: number;
  @ApiProperty({ type: SagaStatsResponse }) sagas!: SagaStatsResponse;
}

/** The numbers an operator watches: outbox backlog, queue depth per context, dead letters, redeliveries, sagas (and stuck ones). */
@ApiTags('admin')
@RequirePermission('events:manage')
@Controller('admin/events')
export class EventsStatsController {
  constructor(private readonly stats: EventStats) {}

  /** A broker that cannot be asked is a 503 naming it (as readiness reports it), not a 500. */
  @Get('stats')
  @ApiOperation({ summary: 'Outbox backlog, queue depth per context, dead-letter count, redeliveries and sagas per type and state' })
  @ApiOkResponse({ type: EventStatsResponse })
  @ApiServiceUnavailableResponse({
    description: 'The broker (Redis) cannot be asked for the queue depths: problem+json NOT_READY naming it.',
  })
  getEventStats(): Promise<EventStatsResponse> {
    return this.stats.read().catch((error: unknown) => {
      if (!(error instanceof TransportUnavailable)) throw error;
      throw new ServiceUnavailableException({ status: 'error', error: { [error.broker]: { status: 'down', message: error.message } } });
    });
  }
}
