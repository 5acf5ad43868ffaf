import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { ActivateWarehouse } from '../../application/activate-warehouse/activate-warehouse.command';
import { CreateWarehouse } from '../../application/create-warehouse/create-warehouse.command';
import { DeactivateWarehouse } from '../../application/deactivate-warehouse/deactivate-warehouse.command';
import { GetWarehouse } from '../../application/get-warehouse/get-warehouse.query';
import { ListWarehouses } from '../../application/list-warehouses/list-warehouses.query';
import { UpdateWarehouse } from '../../application/update-warehouse/update-warehouse.command';
import {
  WarehouseAlreadyActive,
  WarehouseCodeInvalid,
  WarehouseCodeTaken,
  WarehouseDetailsInvalid,
  WarehouseInactive,
  WarehouseNotFound,
} from '../../domain/warehouse/warehouse.errors';
import { CreateWarehouseRequest } from './create-warehouse.request';
import { ListWarehousesRequest } from './list-warehouses.request';
import { UpdateWarehouseRequest } from './update-warehouse.request';
import { WarehouseCodeParam } from './warehouse-code.param';
import { WarehousePage, WarehouseResponse } from './warehouse.response';

/** HTTP ⇄ commands and queries for warehouses (locations), addressed by code; each change answers with the warehouse as it now is. */
@ApiTags('warehouse')
@Controller('warehouse/warehouses')
export class WarehousesController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('warehouses:write')
  @ApiOperation({
    summary: 'Create a warehouse',
    description: 'Active from the start. The code is upper-cased and unique whatever the case.',
  })
  @ApiCreatedResponse({ type: WarehouseResponse })
  @ApiProblems(400, WarehouseCodeTaken, WarehouseCodeInvalid, WarehouseDetailsInvalid)
  async createWarehouse(@Body() body: CreateWarehouseRequest): Promise<WarehouseResponse> {
    return this.read(await this.commands.execute(new CreateWarehouse(body)));
  }

  @Get()
  @RequirePermission('warehouses:read')
  @ApiOperation({ summary: 'List warehouses, by code', description: 'Filtered by status and by part of the code or name.' })
  @ApiOkResponse({ type: WarehousePage })
  @ApiProblems(400)
  async listWarehouses(@Query() query: ListWarehousesRequest): Promise<Page<WarehouseResponse>> {
    const page = await this.queries.execute(new ListWarehouses({ status: query.status, search: query.search }, query.page, query.limit));
    return { ...page, items: page.items.map(WarehouseResponse.from) };
  }

  @Get(':code')
  @RequirePermission('warehouses:read')
  @ApiOperation({ summary: 'Get a warehouse', description: 'The code in any case.' })
  @ApiOkResponse({ type: WarehouseResponse })
  @ApiProblems(400, WarehouseNotFound)
  getWarehouse(@WarehouseCodeParam() code: string): Promise<WarehouseResponse> {
    return this.read(code);
  }

  @Patch(':code')
  @RequirePermission('warehouses:write')
  @ApiOperation({
    summary: "Change some of a warehouse's fields",
    description: 'Name, address (replaced whole), time zone. Left out: unchanged. The code never changes.',
  })
  @ApiOkResponse({ type: WarehouseResponse })
  @ApiProblems(400, WarehouseNotFound, ConcurrencyConflict, WarehouseDetailsInvalid)
  async updateWarehouse(@WarehouseCodeParam() code: string, @Body() body: UpdateWarehouseRequest): Promise<WarehouseResponse> {
    await this.commands.execute(new UpdateWarehouse(code, body));
    return this.read(code);
  }

  @Post(':code/deactivate')
  @HttpCode(200)
  @RequirePermission('warehouses:write')
  @ApiOperation({
    summary: 'Deactivate a warehouse',
    description: 'No more receipts, transfers in nor new reservations; its stock can still ship and move out.',
  })
  @ApiOkResponse({ type: WarehouseResponse })
  @ApiProblems(400, WarehouseNotFound, WarehouseInactive, ConcurrencyConflict)
  async deactivateWarehouse(@WarehouseCodeParam() code: string): Promise<WarehouseResponse> {
    await this.commands.execute(new DeactivateWarehouse(code));
    return this.read(code);
  }

  @Post(':code/activate')
  @HttpCode(200)
  @RequirePermission('warehouses:write')
  @ApiOperation({ summary: 'Activate a warehouse', description: 'It takes receipts and new reservations again.' })
  @ApiOkResponse({ type: WarehouseResponse })
  @ApiProblems(400, WarehouseNotFound, WarehouseAlreadyActive, ConcurrencyConflict)
  async activateWarehouse(@WarehouseCodeParam() code: string): Promise<WarehouseResponse> {
    await this.commands.execute(new ActivateWarehouse(code));
    return this.read(code);
  }

  private async read(code: string): Promise<WarehouseResponse> {
    return WarehouseResponse.from(await this.queries.execute(new GetWarehouse(code)));
  }
}
