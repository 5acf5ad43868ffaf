import { ApiProperty } from '@nestjs/swagger';
import { ORDER_TIMELINE_TYPES, OrderTimelineEntry, OrderTimelineType } from '../../domain/order/order-timeline';

export class OrderTimelineEntryResponse {
  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z' })
  at!: string;

  @ApiProperty({ enum: ORDER_TIMELINE_TYPES, example: 'shipped' })
  type!: OrderTimelineType;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'DHL, tracking number 00340434161234567890',
    description: 'What is worth knowing with it: the payment method, payment, carrier and tracking number, failure or cancellation reason.',
  })
  detail!: string | null;
}

export class OrderTimelineResponse {
  @ApiProperty({ type: [OrderTimelineEntryResponse], description: 'Oldest first.' })
  items!: OrderTimelineEntryResponse[];

  static from(entries: readonly OrderTimelineEntry[]): OrderTimelineResponse {
    return { items: entries.map(({ at, type, detail }) => ({ at: at.toISOString(), type, detail })) };
  }
}
