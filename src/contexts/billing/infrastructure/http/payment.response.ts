import { ApiProperty } from '@nestjs/swagger';
import { Payment } from '../../domain/payment/payment.aggregate';

export class PaymentResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(payment: Payment): PaymentResponse {
    return {
      id: payment.id,
      version: payment.version,
      createdAt: payment.createdAt.toISOString(),
      updatedAt: payment.updatedAt.toISOString(),
    };
  }
}
