import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@promenade/ddd';
import { ApiProblems, PatternParam, UuidParam } from '@promenade/http';
import { AddOrderLine } from '../../application/add-order-line/add-order-line.command';
import { CancelOrder } from '../../application/cancel-order/cancel-order.command';
import { CreateOrder } from '../../application/create-order/create-order.command';
import { GetOrder } from '../../application/get-order/get-order.query';
import { ListOrders } from '../../application/list-orders/list-orders.query';
import { PlaceOrder } from '../../application/place-order/place-order.command';
import { RemoveOrderLine } from '../../application/remove-order-line/remove-order-line.command';
import { SKU_PATTERN } from '../../domain/order-line';
import { CancelOrderRequest } from './cancel-order.request';
import { CreateOrderRequest } from './create-order.request';
import { ListOrdersRequest } from './list-orders.request';
import { OrderLineRequest, SKU_MESSAGE } from './order-line.request';
import { OrderPage, OrderResponse } from './order.response';

/** HTTP ⇄ commands and queries; each change answers with the order as it now is. */
@ApiTags('ordering')
@Controller('ordering/orders')
export class OrdersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a draft order' })
  @ApiCreatedResponse({ type: OrderResponse })
  @ApiProblems(400, [422, 'CURRENCY_INVALID', 'ORDER_LINE_CURRENCY_MISMATCH', 'ORDER_LINE_INVALID'], [409, 'ORDER_LINE_DUPLICATE'])
  async create(@Body() body: CreateOrderRequest): Promise<OrderResponse> {
    const id = await this.commands.execute(new CreateOrder(body.customerId, body.currency, body.lines));
    return this.read(id);
  }

  @Get()
  @ApiOperation({ summary: 'List orders, newest first' })
  @ApiOkResponse({ type: OrderPage })
  @ApiProblems(400)
  async list(@Query() query: ListOrdersRequest): Promise<Page<OrderResponse>> {
    const page = await this.queries.execute(new ListOrders({ customerId: query.customerId, status: query.status }, query.page, query.limit));
    return { ...page, items: page.items.map(OrderResponse.from) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an order' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(400, [404, 'ORDER_NOT_FOUND'])
  get(@UuidParam('id') id: string): Promise<OrderResponse> {
    return this.read(id);
  }

  @Post(':id/lines')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a line to a draft order' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(
    400,
    [404, 'ORDER_NOT_FOUND'],
    [409, 'ORDER_NOT_DRAFT', 'ORDER_LINE_DUPLICATE', 'CONCURRENCY_CONFLICT'],
    [422, 'ORDER_LINE_CURRENCY_MISMATCH', 'ORDER_LINE_INVALID', 'CURRENCY_INVALID'],
  )
  async addLine(@UuidParam('id') id: string, @Body() body: OrderLineRequest): Promise<OrderResponse> {
    await this.commands.execute(new AddOrderLine(id, body));
    return this.read(id);
  }

  @Delete(':id/lines/:sku')
  @ApiOperation({ summary: 'Remove a line from a draft order' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(400, [404, 'ORDER_NOT_FOUND', 'ORDER_LINE_NOT_FOUND'], [409, 'ORDER_NOT_DRAFT', 'CONCURRENCY_CONFLICT'])
  async removeLine(@UuidParam('id') id: string, @PatternParam('sku', SKU_PATTERN, SKU_MESSAGE) sku: string): Promise<OrderResponse> {
    await this.commands.execute(new RemoveOrderLine(id, sku));
    return this.read(id);
  }

  @Post(':id/place')
  @HttpCode(200)
  @ApiOperation({ summary: 'Place a draft order (needs at least one line)' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(400, [404, 'ORDER_NOT_FOUND'], [409, 'ORDER_NOT_DRAFT', 'ORDER_EMPTY', 'CONCURRENCY_CONFLICT'])
  async place(@UuidParam('id') id: string): Promise<OrderResponse> {
    await this.commands.execute(new PlaceOrder(id));
    return this.read(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a draft or placed order, with a reason' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(
    400,
    [404, 'ORDER_NOT_FOUND'],
    [409, 'ORDER_NOT_CANCELLABLE', 'CONCURRENCY_CONFLICT'],
    [422, 'ORDER_CANCELLATION_REASON_REQUIRED'],
  )
  async cancel(@UuidParam('id') id: string, @Body() body: CancelOrderRequest): Promise<OrderResponse> {
    await this.commands.execute(new CancelOrder(id, body.reason));
    return this.read(id);
  }

  private async read(id: string): Promise<OrderResponse> {
    return OrderResponse.from(await this.queries.execute(new GetOrder(id)));
  }
}
