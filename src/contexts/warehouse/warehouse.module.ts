import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PRODUCT_REPOSITORY } from './domain/product/product.repository';
import { ProductModel } from './infrastructure/persistence/product.model';
import { ProductTypeOrmRepository } from './infrastructure/persistence/product.typeorm-repository';
import { WAREHOUSE_REPOSITORY } from './domain/warehouse/warehouse.repository';
import { WarehouseModel } from './infrastructure/persistence/warehouse.model';
import { WarehouseTypeOrmRepository } from './infrastructure/persistence/warehouse.typeorm-repository';
import { STOCK_ITEM_REPOSITORY } from './domain/stock-item/stock-item.repository';
import { StockItemModel } from './infrastructure/persistence/stock-item.model';
import { StockMovementModel } from './infrastructure/persistence/stock-movement.model';
import { StockItemTypeOrmRepository } from './infrastructure/persistence/stock-item.typeorm-repository';
import { ReceiveStockHandler } from './application/receive-stock/receive-stock.handler';
import { AdjustStockHandler } from './application/adjust-stock/adjust-stock.handler';
import { TransferStockHandler } from './application/transfer-stock/transfer-stock.handler';
import { SetReorderPointHandler } from './application/set-reorder-point/set-reorder-point.handler';
import { ListStockHandler } from './application/list-stock/list-stock.handler';
import { GetProductStockHandler } from './application/get-product-stock/get-product-stock.handler';
import { ListMovementsHandler } from './application/list-movements/list-movements.handler';
import { StockController } from './infrastructure/http/stock.controller';
import { MovementsController } from './infrastructure/http/movements.controller';
import { RESERVATION_REPOSITORY } from './domain/reservation/reservation.repository';
import { ReservationModel } from './infrastructure/persistence/reservation.model';
import { ReservationTypeOrmRepository } from './infrastructure/persistence/reservation.typeorm-repository';
import { CreateProductHandler } from './application/create-product/create-product.handler';
import { ProductsController } from './infrastructure/http/products.controller';
import { DiscontinueProductHandler } from './application/discontinue-product/discontinue-product.handler';
import { UpdateProductHandler } from './application/update-product/update-product.handler';
import { DeleteProductHandler } from './application/delete-product/delete-product.handler';
import { ListProductsHandler } from './application/list-products/list-products.handler';
import { CreateWarehouseHandler } from './application/create-warehouse/create-warehouse.handler';
import { WarehousesController } from './infrastructure/http/warehouses.controller';
import { DeactivateWarehouseHandler } from './application/deactivate-warehouse/deactivate-warehouse.handler';
import { ActivateWarehouseHandler } from './application/activate-warehouse/activate-warehouse.handler';
import { UpdateWarehouseHandler } from './application/update-warehouse/update-warehouse.handler';
import { ListWarehousesHandler } from './application/list-warehouses/list-warehouses.handler';
import { ReserveStockHandler } from './application/reserve-stock/reserve-stock.handler';
import { ReservationsController } from './infrastructure/http/reservations.controller';
import { ReleaseReservationHandler } from './application/release-reservation/release-reservation.handler';
import { IssueReservationHandler } from './application/issue-reservation/issue-reservation.handler';
import { ExpireReservationHandler } from './application/expire-reservation/expire-reservation.handler';
import { GetProductHandler } from './application/get-product/get-product.handler';
import { GetWarehouseHandler } from './application/get-warehouse/get-warehouse.handler';
import { GetReservationHandler } from './application/get-reservation/get-reservation.handler';
import { ListReservationsHandler } from './application/list-reservations/list-reservations.handler';
import { PublishProductDiscontinued } from './application/publications/publish-product-discontinued';
import { PublishReservationConfirmed } from './application/publications/publish-reservation-confirmed';
import { PublishReservationExpired } from './application/publications/publish-reservation-expired';
import { PublishStockReserved } from './application/publications/publish-stock-reserved';
import { PublishStockReservationFailed } from './application/publications/publish-stock-reservation-failed';
import { PublishStockReleased } from './application/publications/publish-stock-released';
import { PublishStockIssued } from './application/publications/publish-stock-issued';
import { PublishStockLow } from './application/publications/publish-stock-low';
import { ExpireReservationOnReservationExpiryDue } from './application/on-reservation-expiry-due/expire-reservation.on-reservation-expiry-due';
import { ConfirmReservationHandler } from './application/confirm-reservation/confirm-reservation.handler';
import { ReleaseReservationForOrderHandler } from './application/release-reservation-for-order/release-reservation-for-order.handler';
import { IssueReservationForOrderHandler } from './application/issue-reservation-for-order/issue-reservation-for-order.handler';
import { ReserveStockOnMessage } from './application/reserve-stock/reserve-stock.on-message';
import { ConfirmReservationOnMessage } from './application/confirm-reservation/confirm-reservation.on-message';
import { ReleaseReservationOnMessage } from './application/release-reservation/release-reservation.on-message';
import { IssueReservationOnMessage } from './application/issue-reservation/issue-reservation.on-message';

const productProviders = [
  { provide: PRODUCT_REPOSITORY, useClass: ProductTypeOrmRepository },
  CreateProductHandler,
  UpdateProductHandler,
  DiscontinueProductHandler,
  DeleteProductHandler,
  GetProductHandler,
  ListProductsHandler,
];

const warehouseProviders = [
  { provide: WAREHOUSE_REPOSITORY, useClass: WarehouseTypeOrmRepository },
  CreateWarehouseHandler,
  UpdateWarehouseHandler,
  DeactivateWarehouseHandler,
  ActivateWarehouseHandler,
  GetWarehouseHandler,
  ListWarehousesHandler,
];

const stockItemProviders = [
  { provide: STOCK_ITEM_REPOSITORY, useClass: StockItemTypeOrmRepository },
  ReceiveStockHandler,
  AdjustStockHandler,
  TransferStockHandler,
  SetReorderPointHandler,
  ListStockHandler,
  GetProductStockHandler,
  ListMovementsHandler,
];

const reservationProviders = [
  { provide: RESERVATION_REPOSITORY, useClass: ReservationTypeOrmRepository },
  ReserveStockHandler,
  ReleaseReservationHandler,
  IssueReservationHandler,
  ExpireReservationHandler,
  ConfirmReservationHandler,
  ReleaseReservationForOrderHandler,
  IssueReservationForOrderHandler,
  GetReservationHandler,
  ListReservationsHandler,
];

const publications = [
  PublishProductDiscontinued,
  PublishReservationConfirmed,
  PublishReservationExpired,
  PublishStockReserved,
  PublishStockReservationFailed,
  PublishStockReleased,
  PublishStockIssued,
  PublishStockLow,
];

const reactions = [ExpireReservationOnReservationExpiryDue];

/** The commands other contexts send as messages (contracts/*.message.ts), keyed by order id. */
const acceptedMessages = [ReserveStockOnMessage, ConfirmReservationOnMessage, ReleaseReservationOnMessage, IssueReservationOnMessage];

/** Warehouse: owns the "warehouse" schema; other contexts see only its contracts/. */
@Module({
  imports: [TypeOrmModule.forFeature([ProductModel, WarehouseModel, StockItemModel, StockMovementModel, ReservationModel])],
  controllers: [ProductsController, WarehousesController, ReservationsController, StockController, MovementsController],
  providers: [
    ...productProviders,
    ...warehouseProviders,
    ...stockItemProviders,
    ...reservationProviders,
    ...publications,
    ...reactions,
    ...acceptedMessages,
  ],
})
export class WarehouseModule {}
