import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { GetReservation } from '../../application/get-reservation/get-reservation.query';
import { IssueReservation } from '../../application/issue-reservation/issue-reservation.command';
import { ListReservations } from '../../application/list-reservations/list-reservations.query';
import { ReleaseReservation } from '../../application/release-reservation/release-reservation.command';
import { ReserveStock } from '../../application/reserve-stock/reserve-stock.command';
import { ProductIsDiscontinued, ProductNotFound } from '../../domain/product/product.errors';
import { QuantityInvalid } from '../../domain/quantity';
import { ReservationLinesInvalid, ReservationNotFound, ReservationNotHeld } from '../../domain/reservation/reservation.errors';
import { InsufficientStock, StockNotReserved } from '../../domain/stock-item/stock-item.errors';
import { ListReservationsRequest } from './list-reservations.request';
import { ReservationPage, ReservationResponse } from './reservation.response';
import { ReserveStockRequest } from './reserve-stock.request';

/** What a release or an issue may answer; the last two only if the stock item's books disagree with the reservation's. */
const HELD_STOCK_PROBLEMS = [ReservationNotFound, ReservationNotHeld, ConcurrencyConflict, StockNotReserved, QuantityInvalid];

/**
 * Reservations hold stock for an order, all or nothing, until issued, released or expired. Staff routes
 * (`stock:reserve` to change, `stock:read` to read); the Fulfillment flow sends the same commands without HTTP.
 */
@ApiTags('warehouse')
@Controller('warehouse/reservations')
export class ReservationsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('stock:reserve')
  @ApiOperation({
    summary: 'Reserve stock for an order',
    description:
      'Holds every line or none, from one warehouse that can serve them all (the one with most available), else split over ' +
      'the fewest. Idempotent per order: a repeat answers the existing reservation; a failed one is tried again. ' +
      'A line it cannot hold fails the whole reservation, which is kept (and published with each reason): an unknown product ' +
      '404 PRODUCT_NOT_FOUND, else a discontinued one 409 PRODUCT_DISCONTINUED, else 409 INSUFFICIENT_STOCK naming each short ' +
      'SKU with what is available.',
  })
  @ApiCreatedResponse({ type: ReservationResponse })
  @ApiProblems(
    400,
    ProductNotFound,
    ProductIsDiscontinued,
    QuantityInvalid,
    ReservationLinesInvalid,
    InsufficientStock,
    ConcurrencyConflict,
  )
  async reserveStock(@Body() body: ReserveStockRequest): Promise<ReservationResponse> {
    const reservation = await this.queries.execute(
      new GetReservation(await this.commands.execute(new ReserveStock(body.orderId, body.lines))),
    );
    reservation.assertNotShort();
    return ReservationResponse.from(reservation);
  }

  @Get()
  @RequirePermission('stock:read')
  @ApiOperation({ summary: 'List reservations, newest first', description: 'Of one order, or in one status.' })
  @ApiOkResponse({ type: ReservationPage })
  @ApiProblems(400)
  async listReservations(@Query() query: ListReservationsRequest): Promise<Page<ReservationResponse>> {
    const page = await this.queries.execute(
      new ListReservations({ orderId: query.orderId, status: query.status }, query.page, query.limit),
    );
    return { ...page, items: page.items.map(ReservationResponse.from) };
  }

  @Get(':id')
  @RequirePermission('stock:read')
  @ApiOperation({ summary: 'Get a reservation', description: 'Its lines, where they are held, its status and when it expires.' })
  @ApiOkResponse({ type: ReservationResponse })
  @ApiProblems(400, ReservationNotFound)
  getReservation(@UuidParam('id') id: string): Promise<ReservationResponse> {
    return this.read(id);
  }

  @Post(':id/release')
  @RequirePermission('stock:reserve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Release a held reservation', description: 'Its stock is available again.' })
  @ApiOkResponse({ type: ReservationResponse })
  @ApiProblems(400, ...HELD_STOCK_PROBLEMS)
  async releaseReservation(@UuidParam('id') id: string): Promise<ReservationResponse> {
    await this.commands.execute(new ReleaseReservation(id));
    return this.read(id);
  }

  @Post(':id/issue')
  @RequirePermission('stock:reserve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Issue a held reservation',
    description: 'Its stock leaves the warehouses for the order: on hand goes down, an issue movement per allocation names the order.',
  })
  @ApiOkResponse({ type: ReservationResponse })
  @ApiProblems(400, ...HELD_STOCK_PROBLEMS)
  async issueReservation(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<ReservationResponse> {
    await this.commands.execute(new IssueReservation(id, caller.userId));
    return this.read(id);
  }

  private async read(id: string): Promise<ReservationResponse> {
    return ReservationResponse.from(await this.queries.execute(new GetReservation(id)));
  }
}
