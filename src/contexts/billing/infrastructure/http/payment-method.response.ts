import { ApiProperty } from '@nestjs/swagger';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';

export class PaymentMethodResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(paymentMethod: PaymentMethod): PaymentMethodResponse {
    return {
      id: paymentMethod.id,
      version: paymentMethod.version,
      createdAt: paymentMethod.createdAt.toISOString(),
      updatedAt: paymentMethod.updatedAt.toISOString(),
    };
  }
}
