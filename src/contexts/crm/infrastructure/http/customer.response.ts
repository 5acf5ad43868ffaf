import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto, PageResponse } from '@promenade/http';
import { ACQUISITION_SOURCES, AcquisitionSource } from '../../domain/customer/acquisition-source';
import { CUSTOMER_STATUSES, CustomerStatus } from '../../domain/customer/customer-status';
import { CUSTOMER_TIERS, CustomerTier } from '../../domain/customer/customer-tier';
import { Customer } from '../../domain/customer/customer.aggregate';

export class CustomerResponse {
  @ApiProperty({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405401',
    description:
      "This CRM customer's own id: the one in `/crm/customers/{id}`, and the `customerId` of CRM's deals and interactions. " +
      'Not an Identity user id: see `userId`.',
  })
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
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405201',
    description:
      'The Identity user this customer is, once linked (null for someone who never signed up, or whose address awaits ' +
      "verification). Ordering's `customerId` (on orders and their events) is this user id, not the CRM customer `id`.",
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

  @ApiProperty({
    type: 'integer',
    example: 3,
    description: 'Orders the linked user (`userId`) placed, each counted once; 0 without a linked user. Eventually consistent.',
  })
  orderCount!: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-01-05T16:20:00.000Z',
    description: 'When the latest of those orders was placed; null before the first.',
  })
  lastOrderAt!: string | null;

  @ApiProperty({ type: 'integer', example: 2, description: 'Orders delivered to the linked user, each counted once.' })
  deliveredOrderCount!: number;

  @ApiProperty({
    type: [MoneyDto],
    example: [
      { amount: 125000, currency: 'EUR' },
      { amount: 4999, currency: 'GBP' },
    ],
    description:
      "The delivered orders' totals in minor units, one sum per currency by currency code; currencies are never converted " +
      'or added together. Empty before the first delivery.',
  })
  lifetimeValue!: MoneyDto[];

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
      orderCount: customer.orderCount,
      lastOrderAt: customer.lastOrderAt?.toISOString() ?? null,
      deliveredOrderCount: customer.deliveredOrderCount,
      lifetimeValue: customer.lifetimeValue.amounts.map((sum) => sum.toJSON()),
      createdAt: customer.createdAt.toISOString(),
      updatedAt: customer.updatedAt.toISOString(),
      version: customer.version,
    };
  }
}

export const CustomerPage = PageResponse(CustomerResponse, 'CustomerPage');
