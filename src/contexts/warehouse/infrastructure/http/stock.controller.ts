import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { AdjustStock } from '../../application/adjust-stock/adjust-stock.command';
import { GetProductStock } from '../../application/get-product-stock/get-product-stock.query';
import { ListStock } from '../../application/list-stock/list-stock.query';
import { ReceiveStock } from '../../application/receive-stock/receive-stock.command';
import { SetReorderPoint } from '../../application/set-reorder-point/set-reorder-point.command';
import { TransferStock } from '../../application/transfer-stock/transfer-stock.command';
import { ProductIsDiscontinued, ProductNotFound } from '../../domain/product/product.errors';
import { QuantityInvalid } from '../../domain/quantity';
import { InsufficientStock, TransferWithinWarehouse } from '../../domain/stock-item/stock-item.errors';
import { WarehouseInactive, WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { MovementResponse, MovementsResponse } from './movement.response';
import { SkuParam } from './product-sku.param';
import { StockAdjustmentRequest } from './stock-adjustment.request';
import { StockItemPage, StockItemResponse } from './stock-item.response';
import { StockListRequest } from './stock-list.request';
import { ProductStockResponse } from './stock-product.response';
import { StockReceiptRequest } from './stock-receipt.request';
import { StockReorderPointRequest } from './stock-reorder-point.request';
import { StockTransferRequest } from './stock-transfer.request';
import { WarehouseCodeParam } from './warehouse-code.param';

/**
 * HTTP ⇄ commands and queries for stock levels: each change records movements in the ledger, names the caller as
 * their actor, and answers with them. Staff routes: `stock:read`, `stock:write` (the warehouse role has both).
 */
@ApiTags('warehouse')
@Controller('warehouse')
export class StockController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('stock')
  @RequirePermission('stock:read')
  @ApiOperation({ summary: 'List stock items, by SKU then warehouse', description: 'One per product and warehouse that has held it.' })
  @ApiOkResponse({ type: StockItemPage })
  @ApiProblems(400)
  async listStock(@Query() query: StockListRequest): Promise<Page<StockItemResponse>> {
    const filter = { sku: query.sku, warehouseCode: query.warehouse, belowReorderPoint: query.belowReorderPoint === 'true' };
    const page = await this.queries.execute(new ListStock(filter, query.page, query.limit));
    return { ...page, items: page.items.map(StockItemResponse.from) };
  }

  @Get('products/:sku/stock')
  @RequirePermission('products:read')
  @ApiOperation({ summary: "Get a product's stock per warehouse and in total", description: 'The SKU in any case.' })
  @ApiOkResponse({ type: ProductStockResponse })
  @ApiProblems(400, ProductNotFound)
  async getProductStock(@SkuParam() sku: string): Promise<ProductStockResponse> {
    return ProductStockResponse.from(await this.queries.execute(new GetProductStock(sku)));
  }

  @Post('stock/receipts')
  @RequirePermission('stock:write')
  @ApiOperation({
    summary: 'Receive stock into a warehouse',
    description: 'One receipt movement per line, all or none. The warehouse must be active and no product discontinued.',
  })
  @ApiCreatedResponse({ type: MovementsResponse })
  @ApiProblems(400, WarehouseNotFound, WarehouseInactive, ProductNotFound, ProductIsDiscontinued, QuantityInvalid, ConcurrencyConflict)
  async receiveStock(@CurrentPrincipal() caller: Principal, @Body() body: StockReceiptRequest): Promise<MovementsResponse> {
    const movements = await this.commands.execute(new ReceiveStock(body.warehouse, body.lines, body.reference ?? null, caller.userId));
    return { movements: movements.map(MovementResponse.from) };
  }

  @Post('stock/adjustments')
  @RequirePermission('stock:write')
  @ApiOperation({
    summary: 'Correct a stock count',
    description:
      'A signed quantity with its reason. A decrease may not take onHand below what is reserved (409 INSUFFICIENT_STOCK). ' +
      'Accepted in an inactive warehouse and for a discontinued product: it records what is there.',
  })
  @ApiCreatedResponse({ type: MovementResponse })
  @ApiProblems(400, WarehouseNotFound, ProductNotFound, QuantityInvalid, InsufficientStock, ConcurrencyConflict)
  async adjustStock(@CurrentPrincipal() caller: Principal, @Body() body: StockAdjustmentRequest): Promise<MovementResponse> {
    const { warehouse, sku, quantity, reason, note } = body;
    return MovementResponse.from(
      await this.commands.execute(new AdjustStock(warehouse, sku, quantity, reason, note ?? null, caller.userId)),
    );
  }

  @Post('stock/transfers')
  @RequirePermission('stock:write')
  @ApiOperation({
    summary: 'Transfer stock between warehouses',
    description:
      'Per line a transfer-out and a transfer-in under one transfer id, all in one transaction. Only available stock moves; ' +
      'the destination must be active and no product discontinued.',
  })
  @ApiCreatedResponse({ type: MovementsResponse })
  @ApiProblems(
    400,
    WarehouseNotFound,
    WarehouseInactive,
    TransferWithinWarehouse,
    ProductNotFound,
    ProductIsDiscontinued,
    QuantityInvalid,
    InsufficientStock,
    ConcurrencyConflict,
  )
  async transferStock(@CurrentPrincipal() caller: Principal, @Body() body: StockTransferRequest): Promise<MovementsResponse> {
    const movements = await this.commands.execute(new TransferStock(body.from, body.to, body.lines, caller.userId));
    return { movements: movements.map(MovementResponse.from) };
  }

  @Put('stock/:code/:sku/reorder-point')
  @RequirePermission('stock:write')
  @ApiOperation({
    summary: "Set or clear a product's reorder point in a warehouse",
    description: 'When available stock falls below it, `warehouse.stock-low` is published, once per crossing. null clears it.',
  })
  @ApiOkResponse({ type: StockItemResponse })
  @ApiProblems(400, WarehouseNotFound, ProductNotFound, QuantityInvalid, ConcurrencyConflict)
  async setReorderPoint(
    @WarehouseCodeParam() code: string,
    @SkuParam() sku: string,
    @Body() body: StockReorderPointRequest,
  ): Promise<StockItemResponse> {
    return StockItemResponse.from(await this.commands.execute(new SetReorderPoint(code, sku, body.reorderPoint)));
  }
}
