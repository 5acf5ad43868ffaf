import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { SHIPMENT_STATUSES, ShipmentStatus } from '../../domain/shipment/shipment-status';

export class ListShipmentsRequest extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ enum: SHIPMENT_STATUSES })
  @IsOptional()
  @IsIn(SHIPMENT_STATUSES)
  status?: ShipmentStatus;
}
