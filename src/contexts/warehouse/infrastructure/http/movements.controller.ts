import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { Page } from '@promenade/ddd';
import { ApiProblems } from '@promenade/http';
import { ListMovements } from '../../application/list-movements/list-movements.query';
import { MovementListRequest } from './movement-list.request';
import { MovementPage, MovementResponse } from './movement.response';

/** The stock ledger, read-only: movements are recorded by the stock and reservation commands, never changed. */
@ApiTags('warehouse')
@Controller('warehouse/movements')
export class MovementsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('stock:read')
  @ApiOperation({
    summary: 'List stock movements, newest first',
    description: "Receipts, issues, adjustments and transfers; each with its signed quantity and the item's onHand after it.",
  })
  @ApiOkResponse({ type: MovementPage })
  @ApiProblems(400)
  async listMovements(@Query() query: MovementListRequest): Promise<Page<MovementResponse>> {
    const filter = {
      sku: query.sku,
      warehouseCode: query.warehouse,
      type: query.type,
      from: query.from === undefined ? undefined : new Date(query.from),
      to: query.to === undefined ? undefined : new Date(query.to),
    };
    const page = await this.queries.execute(new ListMovements(filter, query.page, query.limit));
    return { ...page, items: page.items.map(MovementResponse.from) };
  }
}
