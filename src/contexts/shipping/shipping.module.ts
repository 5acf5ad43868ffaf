import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
// shipment
import { CancelShipmentForOrderHandler } from './application/cancel-shipment-for-order/cancel-shipment-for-order.handler';
import { CreateShipmentHandler } from './application/create-shipment/create-shipment.handler';
import { DeliverShipmentHandler } from './application/deliver-shipment/deliver-shipment.handler';
import { GetShipmentHandler } from './application/get-shipment/get-shipment.handler';
import { ListShipmentsHandler } from './application/list-shipments/list-shipments.handler';
import { ReleaseShipmentHandler } from './application/release-shipment/release-shipment.handler';
import { ShipShipmentHandler } from './application/ship-shipment/ship-shipment.handler';
import { SHIPMENT_REPOSITORY } from './domain/shipment/shipment.repository';
import { ShipmentsController } from './infrastructure/http/shipments.controller';
import { ShipmentModel } from './infrastructure/persistence/shipment.model';
import { ShipmentTypeOrmRepository } from './infrastructure/persistence/shipment.typeorm-repository';
// reactions to Ordering
import { CancelShipmentOnOrderCancelled } from './application/on-order-cancelled/cancel-shipment.on-order-cancelled';
import { CreateShipmentOnOrderPlaced } from './application/on-order-placed/create-shipment.on-order-placed';
// accepted messages
import { ReleaseShipmentOnMessage } from './application/release-shipment/release-shipment.on-message';
// publications
import { PublishShipmentDelivered } from './application/publications/publish-shipment-delivered';
import { PublishShipmentShipped } from './application/publications/publish-shipment-shipped';

const shipmentProviders = [
  { provide: SHIPMENT_REPOSITORY, useClass: ShipmentTypeOrmRepository },
  CreateShipmentHandler,
  CancelShipmentForOrderHandler,
  ReleaseShipmentHandler,
  ShipShipmentHandler,
  DeliverShipmentHandler,
  GetShipmentHandler,
  ListShipmentsHandler,
];

const reactions = [CreateShipmentOnOrderPlaced, CancelShipmentOnOrderCancelled];

/** The commands other contexts send as messages (contracts/*.message.ts). */
const acceptedMessages = [ReleaseShipmentOnMessage];

/** What other contexts receive of its events. */
const publications = [PublishShipmentShipped, PublishShipmentDelivered];

/** Shipping: one shipment per placed order, held until released, then shipped and delivered. Reacts to Ordering's events. */
@Module({
  imports: [TypeOrmModule.forFeature([ShipmentModel])],
  controllers: [ShipmentsController],
  providers: [...shipmentProviders, ...reactions, ...acceptedMessages, ...publications],
})
export class ShippingModule {}
