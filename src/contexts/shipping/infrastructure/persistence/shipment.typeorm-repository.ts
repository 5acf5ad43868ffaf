import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { FindOptionsWhere } from 'typeorm';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { ShipmentNotFound } from '../../domain/shipment/shipment.errors';
import { ShipmentFilter, ShipmentRepository } from '../../domain/shipment/shipment.repository';
import { shipmentMapper } from './shipment.mapper';
import { ShipmentModel } from './shipment.model';

@Injectable()
export class ShipmentTypeOrmRepository extends TypeOrmAggregateRepository<Shipment, ShipmentModel> implements ShipmentRepository {
  constructor(uow: UnitOfWork) {
    super(uow, ShipmentModel, shipmentMapper);
  }

  async getById(id: string): Promise<Shipment> {
    const shipment = await this.findById(id);
    if (!shipment) throw new ShipmentNotFound(id);
    return shipment;
  }

  async findByOrderId(orderId: string): Promise<Shipment | null> {
    const row = await this.models.findOneBy({ orderId });
    return row ? shipmentMapper.toDomain(row) : null;
  }

  async findPage(filter: ShipmentFilter, offset: number, limit: number): Promise<{ items: Shipment[]; total: number }> {
    const where: FindOptionsWhere<ShipmentModel> = { orderId: filter.orderId, status: filter.status };
    return this.findPageWhere(where, offset, limit);
  }
}
