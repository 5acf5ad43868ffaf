import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';

export class PaymentMethodResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  customerId!: string;

  @ApiProperty({ example: 'sandbox', description: 'The provider that issued the token.' })
  provider!: string;

  @ApiProperty({ example: 'pm_card_ok', description: "The provider's token for the method; never a card number." })
  token!: string;

  @ApiProperty({ example: 'Visa ending 4242' })
  label!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(method: PaymentMethod): PaymentMethodResponse {
    return {
      id: method.id,
      customerId: method.customerId,
      provider: method.provider,
      token: method.token,
      label: method.label,
      createdAt: method.createdAt.toISOString(),
      updatedAt: method.updatedAt.toISOString(),
    };
  }
}

export const PaymentMethodPage = PageResponse(PaymentMethodResponse, 'PaymentMethodPage');
