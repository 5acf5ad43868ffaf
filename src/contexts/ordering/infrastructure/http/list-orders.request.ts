import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ORDER_STATUSES, OrderStatus } from '../../domain/order/order-status';

export class ListOrdersRequest extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Without `orders:read:any` the list holds only the caller's orders, and naming another customer answers 403.",
  })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;
}
