import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { DeliverShipment } from '../../application/deliver-shipment/deliver-shipment.command';
import { GetShipment } from '../../application/get-shipment/get-shipment.query';
import { ListShipments } from '../../application/list-shipments/list-shipments.query';
import { ShipShipment } from '../../application/ship-shipment/ship-shipment.command';
import {
  ShipmentInvalidTransition,
  ShipmentNotFound,
  ShipmentNotReleased,
  ShipmentTrackingInvalid,
} from '../../domain/shipment/shipment.errors';
import { ListShipmentsRequest } from './list-shipments.request';
import { ShipShipmentRequest } from './ship-shipment.request';
import { ShipmentPage, ShipmentResponse } from './shipment.response';

/**
 * Shipments are created by Shipping itself when an order is placed; HTTP lists them and moves them on.
 * A shipment carries only its order's id, not whose order it is, so these are staff routes
 * (`shipments:read`, `shipments:write`; the manager role has both) with no per-customer scope.
 * Customers follow their order's status through Ordering, which knows the owner.
 */
@ApiTags('shipping')
@Controller('shipping/shipments')
export class ShipmentsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('shipments:read')
  @ApiOperation({
    summary: 'List shipments, newest first',
    description: 'One shipment per placed order, made by Shipping when the order is placed, held until the order releases it.',
  })
  @ApiOkResponse({ type: ShipmentPage })
  @ApiProblems(400)
  async listShipments(@Query() query: ListShipmentsRequest): Promise<Page<ShipmentResponse>> {
    const page = await this.queries.execute(new ListShipments({ orderId: query.orderId, status: query.status }, query.page, query.limit));
    return { ...page, items: page.items.map(ShipmentResponse.from) };
  }

  @Get(':id')
  @RequirePermission('shipments:read')
  @ApiOperation({ summary: 'Get a shipment', description: 'Its order, its status and, once shipped, its carrier and tracking number.' })
  @ApiOkResponse({ type: ShipmentResponse })
  @ApiProblems(400, ShipmentNotFound)
  getShipment(@UuidParam('id') id: string): Promise<ShipmentResponse> {
    return this.read(id);
  }

  @Post(':id/ship')
  @RequirePermission('shipments:write')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Hand a pending shipment to a carrier',
    description: 'Only once its order released it (stock held, payment taken): a held shipment answers 409 SHIPMENT_NOT_RELEASED.',
  })
  @ApiOkResponse({ type: ShipmentResponse })
  @ApiProblems(400, ShipmentNotFound, ShipmentNotReleased, ShipmentInvalidTransition, ConcurrencyConflict, ShipmentTrackingInvalid)
  async shipShipment(@UuidParam('id') id: string, @Body() body: ShipShipmentRequest): Promise<ShipmentResponse> {
    await this.commands.execute(new ShipShipment(id, body.carrier, body.trackingNumber));
    return this.read(id);
  }

  @Post(':id/deliver')
  @RequirePermission('shipments:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that a shipped shipment was delivered' })
  @ApiOkResponse({ type: ShipmentResponse })
  @ApiProblems(400, ShipmentNotFound, ShipmentInvalidTransition, ConcurrencyConflict)
  async deliverShipment(@UuidParam('id') id: string): Promise<ShipmentResponse> {
    await this.commands.execute(new DeliverShipment(id));
    return this.read(id);
  }

  private async read(id: string): Promise<ShipmentResponse> {
    return ShipmentResponse.from(await this.queries.execute(new GetShipment(id)));
  }
}
