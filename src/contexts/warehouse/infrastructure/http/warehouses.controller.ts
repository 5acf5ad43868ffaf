import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { TransactionalCommandBus } from '@promenade/platform';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateWarehouse } from '../../application/create-warehouse/create-warehouse.command';
import { DeactivateWarehouse } from '../../application/deactivate-warehouse/deactivate-warehouse.command';
import { ConcurrencyConflict } from '@promenade/ddd';
import { WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { ActivateWarehouse } from '../../application/activate-warehouse/activate-warehouse.command';
import { GetWarehouse } from '../../application/get-warehouse/get-warehouse.query';
import { WarehouseResponse } from './warehouse.response';

/** HTTP ⇄ commands and queries for warehouses. */
@ApiTags('warehouse')
@Controller('warehouse/warehouses')
export class WarehousesController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('warehouses:write')
  @ApiOperation({ summary: 'Create a warehouse' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createWarehouse(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateWarehouse()) };
  }

  @Post(':id/deactivate')
  @RequirePermission('warehouses:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate a warehouse' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, WarehouseNotFound, ConcurrencyConflict)
  async deactivateWarehouse(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new DeactivateWarehouse(id));
    return { id };
  }

  @Post(':id/activate')
  @RequirePermission('warehouses:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate a warehouse' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, WarehouseNotFound, ConcurrencyConflict)
  async activateWarehouse(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ActivateWarehouse(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('warehouses:read')
  @ApiOperation({ summary: 'Get a warehouse' })
  @ApiOkResponse({ type: WarehouseResponse })
  @ApiProblems(400, WarehouseNotFound)
  async getWarehouse(@UuidParam('id') id: string): Promise<WarehouseResponse> {
    return WarehouseResponse.from(await this.queries.execute(new GetWarehouse(id)));
  }
}
