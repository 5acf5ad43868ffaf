import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class PlaceOrderRequest {
  @ApiProperty({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165',
    description: "One of the customer's Billing payment methods (`GET /billing/payment-methods`); charged once the stock is reserved.",
  })
  @IsUUID()
  paymentMethodId!: string;
}
