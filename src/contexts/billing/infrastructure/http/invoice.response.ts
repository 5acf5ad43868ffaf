import { ApiProperty } from '@nestjs/swagger';
import { Invoice } from '../../domain/invoice/invoice.aggregate';

export class InvoiceResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(invoice: Invoice): InvoiceResponse {
    return {
      id: invoice.id,
      version: invoice.version,
      createdAt: invoice.createdAt.toISOString(),
      updatedAt: invoice.updatedAt.toISOString(),
    };
  }
}
