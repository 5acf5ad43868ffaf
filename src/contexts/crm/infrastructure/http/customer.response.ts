import { ApiProperty } from '@nestjs/swagger';
import { Customer } from '../../domain/customer.aggregate';

export class CustomerResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(customer: Customer): CustomerResponse {
    return { id: customer.id, version: customer.version, createdAt: customer.createdAt.toISOString() };
  }
}
