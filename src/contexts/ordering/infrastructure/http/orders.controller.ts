import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, InvalidCurrency, Page } from '@promenade/ddd';
import { ApiProblems, PatternParam, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { AddOrderLine } from '../../application/add-order-line/add-order-line.command';
import { CancelOrder } from '../../application/cancel-order/cancel-order.command';
import { CreateOrder } from '../../application/create-order/create-order.command';
import { GetOrder } from '../../application/get-order/get-order.query';
import { GetOrderTimeline } from '../../application/get-order-timeline/get-order-timeline.query';
import { ListOrders } from '../../application/list-orders/list-orders.query';
import { PlaceOrder } from '../../application/place-order/place-order.command';
import { RemoveOrderLine } from '../../application/remove-order-line/remove-order-line.command';
import { SKU_PATTERN } from '../../domain/order/order-line';
import {
  CurrencyUnavailable,
  OrderCancellationReasonRequired,
  OrderEmpty,
  OrderLineCurrencyMismatch,
  OrderLineDuplicate,
  OrderLineInvalid,
  OrderLineNotFound,
  OrderNotCancellable,
  OrderNotDraft,
  OrderNotFound,
  OrderPaymentMethodRequired,
} from '../../domain/order/order.errors';
import { CancelOrderRequest } from './cancel-order.request';
import { CreateOrderRequest } from './create-order.request';
import { ListOrdersRequest } from './list-orders.request';
import { OrderLineRequest, SKU_MESSAGE } from './order-line.request';
import { OrderTimelineResponse } from './order-timeline.response';
import { OrderPage, OrderResponse } from './order.response';
import { PlaceOrderRequest } from './place-order.request';

/**
 * HTTP ⇄ commands and queries; each change answers with the order as it now is. The API calls the owner
 * `userId`, the Identity user (as CRM's customers do), so no client takes it for a CRM customer id; the domain
 * and the contracts keep `customerId`. A caller without the `:any` permission reaches only their own orders:
 * an order id of another user answers 404 like a missing one (no existence leak), and naming another user in
 * a body or filter answers 403.
 */
@ApiTags('ordering')
@Controller('ordering/orders')
export class OrdersController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('orders:write')
  @ApiOperation({
    summary: 'Create a draft order',
    description: 'For the caller, or for the user `userId` names (needs `orders:write:any`).',
  })
  @ApiCreatedResponse({ type: OrderResponse })
  @ApiProblems(400, InvalidCurrency, CurrencyUnavailable, OrderLineCurrencyMismatch, OrderLineInvalid, OrderLineDuplicate, OrderNotDraft)
  async createOrder(@CurrentPrincipal() caller: Principal, @Body() body: CreateOrderRequest): Promise<OrderResponse> {
    const userId = caller.actFor('orders:write', body.userId);
    const id = await this.commands.execute(new CreateOrder(userId, body.currency, body.lines));
    return this.read(id, caller.ownerScope('orders:write'));
  }

  @Get()
  @RequirePermission('orders:read')
  @ApiOperation({ summary: 'List orders, newest first', description: "Only the caller's own orders unless they hold `orders:read:any`." })
  @ApiOkResponse({ type: OrderPage })
  @ApiProblems(400)
  async listOrders(@CurrentPrincipal() caller: Principal, @Query() query: ListOrdersRequest): Promise<Page<OrderResponse>> {
    const filter = { customerId: caller.ownerScope('orders:read', query.userId), status: query.status };
    const page = await this.queries.execute(new ListOrders(filter, query.page, query.limit, caller.ownerScope('orders:read')));
    return { ...page, items: page.items.map(OrderResponse.from) };
  }

  @Get(':id')
  @RequirePermission('orders:read')
  @ApiOperation({
    summary: 'Get an order',
    description: "Another customer's order is not found unless the caller holds `orders:read:any`.",
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(400, OrderNotFound)
  getOrder(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<OrderResponse> {
    return this.read(id, caller.ownerScope('orders:read'));
  }

  @Get(':id/timeline')
  @RequirePermission('orders:read')
  @ApiOperation({
    summary: 'What happened to an order, oldest first',
    description:
      'Placed, payment captured, failed, voided or refunded, confirmed, shipped (carrier and tracking number), delivered, cancelled ' +
      "(reason). Another customer's order is not found unless the caller holds `orders:read:any`.",
  })
  @ApiOkResponse({ type: OrderTimelineResponse })
  @ApiProblems(400, OrderNotFound)
  async getOrderTimeline(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<OrderTimelineResponse> {
    return OrderTimelineResponse.from(await this.queries.execute(new GetOrderTimeline(id, caller.ownerScope('orders:read'))));
  }

  @Post(':id/lines')
  @RequirePermission('orders:write')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Add a line to a draft order',
    description: 'One line per SKU, priced in the order currency; the total is recomputed.',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(
    400,
    OrderNotFound,
    OrderNotDraft,
    OrderLineDuplicate,
    ConcurrencyConflict,
    OrderLineCurrencyMismatch,
    OrderLineInvalid,
    InvalidCurrency,
  )
  async addOrderLine(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: OrderLineRequest,
  ): Promise<OrderResponse> {
    const ownerId = caller.ownerScope('orders:write');
    await this.commands.execute(new AddOrderLine(id, body, ownerId));
    return this.read(id, ownerId);
  }

  @Delete(':id/lines/:sku')
  @RequirePermission('orders:write')
  @ApiOperation({ summary: 'Remove a line from a draft order', description: 'The line with this SKU; the total is recomputed.' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(400, OrderNotFound, OrderLineNotFound, OrderNotDraft, ConcurrencyConflict)
  async removeOrderLine(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @PatternParam('sku', SKU_PATTERN, SKU_MESSAGE) sku: string,
  ): Promise<OrderResponse> {
    const ownerId = caller.ownerScope('orders:write');
    await this.commands.execute(new RemoveOrderLine(id, sku, ownerId));
    return this.read(id, ownerId);
  }

  @Post(':id/place')
  @RequirePermission('orders:write')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Place a draft order (needs at least one line), naming the payment method to charge',
    description:
      'Its lines are fixed from then on and its payment is `pending`. Once placed (OrderPlaced v2), the order is fulfilled ' +
      'elsewhere: stock reserved, invoiced and charged, then confirmed, or cancelled with a reason (no stock, payment failed).',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(400, OrderNotFound, OrderNotDraft, OrderEmpty, OrderPaymentMethodRequired, ConcurrencyConflict)
  async placeOrder(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: PlaceOrderRequest,
  ): Promise<OrderResponse> {
    const ownerId = caller.ownerScope('orders:write');
    await this.commands.execute(new PlaceOrder(id, body.paymentMethodId, ownerId));
    return this.read(id, ownerId);
  }

  @Post(':id/cancel')
  @RequirePermission('orders:write')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Cancel a draft, placed or confirmed order, with a reason',
    description:
      'Its fulfilment stops (OrderCancelled): what was reserved, charged or prepared for it is given back. ' +
      'A shipped or delivered order answers 409 ORDER_NOT_CANCELLABLE.',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblems(400, OrderNotFound, OrderNotCancellable, ConcurrencyConflict, OrderCancellationReasonRequired)
  async cancelOrder(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: CancelOrderRequest,
  ): Promise<OrderResponse> {
    const ownerId = caller.ownerScope('orders:write');
    await this.commands.execute(new CancelOrder(id, body.reason, ownerId));
    return this.read(id, ownerId);
  }

  /** The order as it now is, within the same owner scope the route used. */
  private async read(id: string, ownerId: string | undefined): Promise<OrderResponse> {
    return OrderResponse.from(await this.queries.execute(new GetOrder(id, ownerId)));
  }
}
