import { Controller, Get, Inject } from '@nestjs/common';
import { RequirePermission } from '@promenade/auth';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DeadLetters } from './dead-letters';
import { EVENT_TRANSPORT, EventTransport } from './delivery';
import { OutboxRelay } from './outbox-relay';

class EventStatsResponse {
  @ApiProperty({ enum: ['memory', 'bullmq'] }) transport!: string;
  @ApiProperty({ example: 0, description: 'Events committed but not yet handed to the transport.' }) outboxBacklog!: number;
  @ApiProperty({ example: { shipping: 0 }, description: 'Deliveries waiting or running, per subscribing context.' })
  queues!: Record<string, number>;
  @ApiProperty({ example: 0 }) deadLetters!: number;
}

/** The numbers an operator watches: outbox backlog, queue depth per context, dead letters. */
@ApiTags('admin')
@RequirePermission('events:manage')
@Controller('admin/events')
export class EventsStatsController {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly deadLetters: DeadLetters,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
  ) {}

  @Get('stats')
  @ApiOperation({ summary: 'Outbox backlog, queue depth per context and dead-letter count' })
  @ApiOkResponse({ type: EventStatsResponse })
  async stats(): Promise<EventStatsResponse> {
    const [outboxBacklog, queues, deadLetters] = await Promise.all([this.relay.backlog(), this.transport.depth(), this.deadLetters.count()]);
    return { transport: this.transport.name, outboxBacklog, queues, deadLetters };
  }
}
