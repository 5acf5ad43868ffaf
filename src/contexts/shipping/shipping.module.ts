import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CancelShipmentForOrderHandler } from './application/cancel-shipment-for-order/cancel-shipment-for-order.handler';
import { CreateShipmentHandler } from './application/create-shipment/create-shipment.handler';
import { DeliverShipmentHandler } from './application/deliver-shipment/deliver-shipment.handler';
import { GetShipmentHandler } from './application/get-shipment/get-shipment.handler';
import { ListShipmentsHandler } from './application/list-shipments/list-shipments.handler';
import { CancelShipmentOnOrderCancelled } from './application/on-order-cancelled/cancel-shipment.on-order-cancelled';
import { CreateShipmentOnOrderPlaced } from './application/on-order-placed/create-shipment.on-order-placed';
import { ShipShipmentHandler } from './application/ship-shipment/ship-shipment.handler';
import { SHIPMENT_REPOSITORY } from './domain/shipment/shipment.repository';
import { ShipmentsController } from './infrastructure/http/shipments.controller';
import { ShipmentModel } from './infrastructure/persistence/shipment.model';
import { ShipmentTypeOrmRepository } from './infrastructure/persistence/shipment.typeorm-repository';
import { PublishShipmentShipped } from './application/publications/publish-shipment-shipped';
import { PublishShipmentDelivered } from './application/publications/publish-shipment-delivered';

/** Shipping: one shipment per placed order, from pending to delivered. Reacts to Ordering's events. */
@Module({
  imports: [TypeOrmModule.forFeature([ShipmentModel])],
  controllers: [ShipmentsController],
  providers: [
    { provide: SHIPMENT_REPOSITORY, useClass: ShipmentTypeOrmRepository },
    CreateShipmentHandler,
    CancelShipmentForOrderHandler,
    ShipShipmentHandler,
    DeliverShipmentHandler,
    GetShipmentHandler,
    ListShipmentsHandler,
    CreateShipmentOnOrderPlaced,
    CancelShipmentOnOrderCancelled,
    // what other contexts receive of its events
    PublishShipmentShipped,
    PublishShipmentDelivered,
  ],
})
export class ShippingModule {}
