import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto, PageResponse } from '@promenade/http';
import { ORDER_STATUSES, OrderStatus } from '../../domain/order/order-status';
import { Order } from '../../domain/order/order.aggregate';

export class OrderLineResponse {
  @ApiProperty({ example: 'SKU-1001' })
  sku!: string;

  @ApiProperty({ type: 'integer', example: 2 })
  quantity!: number;

  @ApiProperty({ type: MoneyDto })
  unitPrice!: MoneyDto;

  @ApiProperty({ type: MoneyDto, description: 'quantity × unitPrice' })
  total!: MoneyDto;
}

export class OrderResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  customerId!: string;

  @ApiProperty({ example: 'EUR' })
  currency!: string;

  @ApiProperty({ enum: ORDER_STATUSES, example: 'draft' })
  status!: OrderStatus;

  @ApiProperty({ type: [OrderLineResponse] })
  lines!: OrderLineResponse[];

  @ApiProperty({ type: MoneyDto })
  total!: MoneyDto;

  @ApiPropertyOptional({ nullable: true, type: String, example: null })
  cancellationReason!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: null })
  placedAt!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: null })
  cancelledAt!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  static from(order: Order): OrderResponse {
    return {
      id: order.id,
      customerId: order.customerId,
      currency: order.currency.code,
      status: order.status,
      lines: order.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice.toJSON(), total: l.total.toJSON() })),
      total: order.total.toJSON(),
      cancellationReason: order.cancellationReason,
      placedAt: order.placedAt?.toISOString() ?? null,
      cancelledAt: order.cancelledAt?.toISOString() ?? null,
      createdAt: order.createdAt.toISOString(),
      updatedAt: order.updatedAt.toISOString(),
      version: order.version,
    };
  }
}

export const OrderPage = PageResponse(OrderResponse, 'OrderPage');
