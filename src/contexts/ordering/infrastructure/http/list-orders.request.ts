import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ORDER_STATUSES, OrderStatus } from '../../domain/order/order-status';

export class ListOrdersRequest extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The Identity user who owns the order (not a CRM customer id; CRM's customers link to it by their own `userId`). Without `orders:read:any` the list holds only the caller's orders, and naming another user answers 403.",
  })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;
}
