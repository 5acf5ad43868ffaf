import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { SHIPMENT_REPOSITORY, ShipmentRepository } from '../../domain/shipment/shipment.repository';
import { ListShipments } from './list-shipments.query';

@QueryHandler(ListShipments)
export class ListShipmentsHandler implements IQueryHandler<ListShipments, Page<Shipment>> {
  constructor(@Inject(SHIPMENT_REPOSITORY) private readonly shipments: ShipmentRepository) {}

  async execute({ filter, page, limit }: ListShipments): Promise<Page<Shipment>> {
    const { items, total } = await this.shipments.findPage(filter, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
