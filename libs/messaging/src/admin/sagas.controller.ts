import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { Page } from '@promenade/ddd';
import { ApiProblems, PageQuery, PageResponse, UuidParam } from '@promenade/http';
import { IsOptional, Matches } from 'class-validator';
import { SagaHistoryEntry, SagaPendingTimeout } from '../sagas/saga-snapshot';
import { SagaDetail, SagaNotFound, Sagas, SagaSummary } from './sagas';

class ListSagasRequest extends PageQuery {
  @ApiPropertyOptional({ example: 'fulfillment.order-fulfillment', description: 'Only the sagas of this type (one this service runs).' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{0,99}\.[a-z0-9-]{1,100}$/, { message: 'type must be a saga type such as fulfillment.order-fulfillment' })
  type?: string;

  @ApiPropertyOptional({ example: 'awaiting_payment', description: 'Only the sagas in this state.' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,99}$/, { message: 'state must be a state name such as awaiting_payment' })
  state?: string;

  @ApiPropertyOptional({
    example: 'order:0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    description: 'Only the saga with this correlation key: the key its starting event gave it, or one it associated since.',
  })
  @IsOptional()
  @Matches(/^[!-~]{1,200}$/, {
    message: 'correlation must be a correlation key such as order:<id>: 1 to 200 printable characters, no spaces',
  })
  correlation?: string;
}

class SagaTimeoutResponse implements SagaPendingTimeout {
  @ApiProperty({ example: 'awaiting_payment', description: 'The state the timeout belongs to.' }) state!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
}

class SagaHistoryEntryResponse implements SagaHistoryEntry {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ example: 'billing.payment-succeeded', description: 'The event that moved the saga, or `timeout`.' }) trigger!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'awaiting_payment', description: 'null for the event that started it.' })
  from!: string | null;
  @ApiProperty({ example: 'confirming_reservation' }) to!: string;
  @ApiProperty({
    type: [String],
    example: ['ordering.record-order-payment', 'warehouse.confirm-reservation'],
    description: 'Messages it sent.',
  })
  sent!: string[];
}

class SagaSummaryResponse implements SagaSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'fulfillment.order-fulfillment' }) type!: string;
  @ApiProperty({ example: 'awaiting_payment' }) state!: string;
  @ApiProperty({ example: 'order:0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', description: 'The key its starting event gave it.' })
  correlationKey!: string;
  @ApiProperty({ type: SagaTimeoutResponse, nullable: true, description: 'The timeout it waits for, if any.' })
  timeout!: SagaTimeoutResponse | null;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: null, description: 'Set when it reached a terminal state.' })
  endedAt!: string | null;
}

class SagaResponse extends SagaSummaryResponse implements SagaDetail {
  @ApiProperty({ type: [String], example: ['order:0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', 'invoice:0190a5b1-0000-7000-8000-000000000001'] })
  keys!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The saga's data, as its type defines it." })
  data!: object;
  @ApiProperty({ type: [String], example: ['stock', 'invoice'], description: 'Steps done that a compensation would undo, oldest first.' })
  completedSteps!: string[];
  @ApiProperty({ type: [SagaHistoryEntryResponse], description: 'Every event that moved it, oldest first.' })
  history!: SagaHistoryEntryResponse[];
  @ApiProperty({ type: 'integer', example: 4 }) version!: number;
}

const SagaPage = PageResponse(SagaSummaryResponse, 'SagaPage');

/** Long-running processes (sagas) for an operator to follow: where each stands, what moved it, what it waits for. */
@ApiTags('admin')
@RequirePermission('events:manage')
@Controller('admin/sagas')
export class SagasController {
  constructor(private readonly sagas: Sagas) {}

  @Get()
  @ApiOperation({ summary: 'List sagas, newest first, by type, state or correlation key' })
  @ApiOkResponse({ type: SagaPage })
  @ApiProblems(400)
  listSagas(@Query() query: ListSagasRequest): Promise<Page<SagaSummary>> {
    return this.sagas.list({ type: query.type, state: query.state, correlation: query.correlation }, query.page, query.limit);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a saga: its state, data, completed steps, history and pending timeout' })
  @ApiOkResponse({ type: SagaResponse })
  @ApiProblems(400, SagaNotFound)
  getSaga(@UuidParam('id') id: string): Promise<SagaDetail> {
    return this.sagas.get(id);
  }
}
