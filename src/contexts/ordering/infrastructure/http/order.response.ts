import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto, PageResponse } from '@promenade/http';
import { ORDER_STATUSES, OrderStatus } from '../../domain/order/order-status';
import { Order } from '../../domain/order/order.aggregate';
import { PAYMENT_STATES, PaymentState } from '../../domain/order/payment-state';

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

export class OrderShipmentResponse {
  @ApiProperty({ example: 'DHL' })
  carrier!: string;

  @ApiProperty({ example: '00340434161234567890' })
  trackingNumber!: string;
}

export class OrderResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163' })
  id!: string;

  @ApiProperty({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    description: "The Identity user who owns the order (not a CRM customer id; CRM's customers link to it by their own `userId`).",
  })
  userId!: string;

  @ApiProperty({ example: 'EUR' })
  currency!: string;

  @ApiProperty({
    enum: ORDER_STATUSES,
    example: 'placed',
    description: 'draft → placed → confirmed (paid, stock held) → shipped → delivered; cancelled from draft, placed or confirmed.',
  })
  status!: OrderStatus;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165',
    description: 'The Billing payment method chosen when placing; null while a draft.',
  })
  paymentMethodId!: string | null;

  @ApiProperty({
    enum: PAYMENT_STATES,
    example: 'pending',
    description: "`none` until placed, `pending` until Billing reports the payment's outcome.",
  })
  paymentState!: PaymentState;

  @ApiPropertyOptional({ nullable: true, type: OrderShipmentResponse, description: 'Set once shipped; null before.' })
  shipment!: OrderShipmentResponse | null;

  @ApiProperty({ type: [OrderLineResponse] })
  lines!: OrderLineResponse[];

  @ApiProperty({ type: MoneyDto })
  total!: MoneyDto;

  @ApiPropertyOptional({ nullable: true, type: String, example: null, description: 'Why it was cancelled; null unless cancelled.' })
  cancellationReason!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: null })
  placedAt!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: null })
  confirmedAt!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: null })
  shippedAt!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: null })
  deliveredAt!: string | null;

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
      userId: order.customerId,
      currency: order.currency.code,
      status: order.status,
      paymentMethodId: order.paymentMethodId,
      paymentState: order.paymentState,
      shipment: order.shipment && { carrier: order.shipment.carrier, trackingNumber: order.shipment.trackingNumber },
      lines: order.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice.toJSON(), total: l.total.toJSON() })),
      total: order.total.toJSON(),
      cancellationReason: order.cancellationReason,
      placedAt: order.placedAt?.toISOString() ?? null,
      confirmedAt: order.confirmedAt?.toISOString() ?? null,
      shippedAt: order.shippedAt?.toISOString() ?? null,
      deliveredAt: order.deliveredAt?.toISOString() ?? null,
      cancelledAt: order.cancelledAt?.toISOString() ?? null,
      createdAt: order.createdAt.toISOString(),
      updatedAt: order.updatedAt.toISOString(),
      version: order.version,
    };
  }
}

export const OrderPage = PageResponse(OrderResponse, 'OrderPage');
