import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
// shipment
import { CancelShipmentForOrderHandler } from './application/cancel-shipment-for-order/cancel-shipment-for-order.handler';
import { CreateShipmentHandler } from './application/create-shipment/create-shipment.handler';
import { DeliverShipmentHandler } from './application/deliver-shipment/deliver-shipment.handler';
import { GetShipmentHandler } from './application/get-shipment/get-shipment.handler';
import { ListShipmentsHandler } from './application/list-shipments/list-shipments.handler';
import { ShipShipmentHandler } from './application/ship-shipment/ship-shipment.handler';
import { SHIPMENT_REPOSITORY } from './domain/shipment/shipment.repository';
import { ShipmentsController } from './infrastructure/http/shipments.controller';
import { ShipmentModel } from './infrastructure/persistence/shipment.model';
import { ShipmentTypeOrmRepository } from './infrastructure/persistence/shipment.typeorm-repository';
// reactions to Ordering
import { CancelShipmentOnOrderCancelled } from './application/on-order-cancelled/cancel-shipment.on-order-cancelled';
import { CreateShipmentOnOrderPlaced } from './application/on-order-placed/create-shipment.on-order-placed';
// publications
import { PublishShipmentDelivered } from './application/publications/publish-shipment-delivered';
import { PublishShipmentShipped } from './application/publications/publish-shipment-shipped';

const shipmentProviders = [
  { provide: SHIPMENT_REPOSITORY, useClass: ShipmentTypeOrmRepository },
  CreateShipmentHandler,
  CancelShipmentForOrderHandler,
  ShipShipmentHandler,
  DeliverShipmentHandler,
  GetShipmentHandler,
  ListShipmentsHandler,
];

const reactions = [CreateShipmentOnOrderPlaced, CancelShipmentOnOrderCancelled];

/** What other contexts receive of its events. */
const publications = [PublishShipmentShipped, PublishShipmentDelivered];

/** Shipping: one shipment per placed order, from pending to delivered. Reacts to Ordering's events. */
@Module({
  imports: [TypeOrmModule.forFeature([ShipmentModel])],
  controllers: [ShipmentsController],
  providers: [...shipmentProviders, ...reactions, ...publications],
})
export class ShippingModule {}
