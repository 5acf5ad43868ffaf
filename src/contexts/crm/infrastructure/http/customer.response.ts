import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { ACQUISITION_SOURCES, AcquisitionSource } from '../../domain/customer/acquisition-source';
import { CUSTOMER_STATUSES, CustomerStatus } from '../../domain/customer/customer-status';
import { CUSTOMER_TIERS, CustomerTier } from '../../domain/customer/customer-tier';
import { Customer } from '../../domain/customer/customer.aggregate';

export class CustomerResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405401' })
  id!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ type: String, nullable: true, example: '+44 20 7946 0958' })
  phone!: string | null;

  @ApiProperty({ enum: ACQUISITION_SOURCES, example: 'referral' })
  source!: AcquisitionSource;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405101',
    description: 'null: a lead from a sign-up no rep was given yet.',
  })
  assignedTo!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null })
  companyId!: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: null,
    description: 'The Identity user this customer is, once known.',
  })
  userId!: string | null;

  @ApiProperty({ type: [String], example: ['vip'] })
  tags!: string[];

  @ApiProperty({ enum: CUSTOMER_TIERS, example: 'free' })
  tier!: CustomerTier;

  @ApiProperty({ enum: CUSTOMER_STATUSES, example: 'lead' })
  status!: CustomerStatus;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  convertedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  churnedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  churnReason!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  static from(customer: Customer): CustomerResponse {
    return {
      id: customer.id,
      name: customer.name,
      email: customer.email.value,
      phone: customer.phone,
      source: customer.source,
      assignedTo: customer.assignedTo,
      companyId: customer.companyId,
      userId: customer.userId,
      tags: [...customer.tags],
      tier: customer.tier,
      status: customer.status,
      convertedAt: customer.convertedAt?.toISOString() ?? null,
      churnedAt: customer.churnedAt?.toISOString() ?? null,
      churnReason: customer.churnReason,
      createdAt: customer.createdAt.toISOString(),
      updatedAt: customer.updatedAt.toISOString(),
      version: customer.version,
    };
  }
}

export const CustomerPage = PageResponse(CustomerResponse, 'CustomerPage');
