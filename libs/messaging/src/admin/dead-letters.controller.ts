import { Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { RequirePermission } from '@promenade/auth';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Page } from '@promenade/ddd';
import { ApiProblems, PageQuery, PageResponse, UuidParam } from '@promenade/http';
import { IsOptional, Matches } from 'class-validator';
import { DeadLetter, DeadLetterNotFound } from '../dead-letter-store';
import { DeadLetterHandlerGone, DeadLetters } from './dead-letters';

class ListDeadLettersRequest extends PageQuery {
  @ApiPropertyOptional({ example: 'shipping', description: 'Only the dead letters of this subscribing context.' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{0,99}$/, { message: 'context must be a context name such as shipping' })
  context?: string;
}

class DeadLetterResponse implements Omit<DeadLetter, 'envelope'> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'ordering.order-placed' }) eventName!: string;
  @ApiProperty({ example: 'shipping' }) context!: string;
  @ApiProperty({ example: 'shipping.create-shipment-on-order-placed' }) handler!: string;
  @ApiProperty({ example: 'Error: connection refused' }) error!: string;
  @ApiProperty({ type: 'integer', example: 8 }) attempts!: number;
  @ApiProperty({ format: 'date-time' }) failedAt!: string;
  @ApiProperty({
    description: 'The event as it was sent: {name, version, eventId, occurredAt, aggregateId, sequence, correlationId, payload}.',
  })
  envelope!: object;
}

const DeadLetterPage = PageResponse(DeadLetterResponse, 'DeadLetterPage');

/** Events a handler gave up on, for an operator to inspect, replay or discard. */
@ApiTags('admin')
@RequirePermission('events:manage')
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetters) {}

  @Get()
  @ApiOperation({ summary: 'List dead letters, newest first' })
  @ApiOkResponse({ type: DeadLetterPage })
  @ApiProblems(400)
  listDeadLetters(@Query() query: ListDeadLettersRequest): Promise<Page<DeadLetter>> {
    return this.deadLetters.list(query.context, query.page, query.limit);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the event to its handler again, with a fresh set of attempts; removes the dead letter' })
  @ApiOkResponse({ type: DeadLetterResponse, description: 'The dead letter that was replayed, now removed.' })
  @ApiProblems(400, DeadLetterNotFound, DeadLetterHandlerGone)
  replayDeadLetter(@UuidParam('id') id: string): Promise<DeadLetter> {
    return this.deadLetters.replay(id);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Discard a dead letter' })
  @ApiOkResponse({ type: DeadLetterResponse, description: 'The dead letter that was discarded.' })
  @ApiProblems(400, DeadLetterNotFound)
  discardDeadLetter(@UuidParam('id') id: string): Promise<DeadLetter> {
    return this.deadLetters.discard(id);
  }
}
