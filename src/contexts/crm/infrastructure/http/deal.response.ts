import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto, PageResponse } from '@promenade/http';
import { ACQUISITION_SOURCES, AcquisitionSource } from '../../domain/customer/acquisition-source';
import { DEAL_STAGES, DealStage } from '../../domain/deal/deal-stage';
import { Deal } from '../../domain/deal/deal.aggregate';

export class DealResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051d0' })
  id!: string;

  @ApiProperty({ example: 'ACME Corp — annual renewal' })
  name!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  customerId!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170', description: 'The sales rep who owns the deal.' })
  ownerId!: string;

  @ApiProperty({ type: MoneyDto, example: { amount: 2_500_000, currency: 'EUR' } })
  value!: MoneyDto;

  @ApiProperty({ enum: DEAL_STAGES, example: 'lead' })
  stage!: DealStage;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    example: 10,
    description: 'Percent: the stage default (10/25/50/75/100/0) unless overridden.',
  })
  probability!: number;

  @ApiProperty({ format: 'date', example: '2026-09-30' })
  expectedCloseDate!: string;

  @ApiProperty({ enum: ACQUISITION_SOURCES, example: 'referral' })
  source!: AcquisitionSource;

  @ApiPropertyOptional({ nullable: true, type: String, example: null, description: 'Set once the deal is lost.' })
  lostReason!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-03-10T15:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: null, description: 'When it was won or lost.' })
  closedAt!: string | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  static from(deal: Deal): DealResponse {
    return {
      id: deal.id,
      name: deal.name,
      customerId: deal.customerId,
      ownerId: deal.ownerId,
      value: deal.value.toJSON(),
      stage: deal.stage,
      probability: deal.probability,
      expectedCloseDate: deal.expectedCloseDate,
      source: deal.source,
      lostReason: deal.lostReason,
      createdAt: deal.createdAt.toISOString(),
      updatedAt: deal.updatedAt.toISOString(),
      closedAt: deal.closedAt?.toISOString() ?? null,
      version: deal.version,
    };
  }
}

export const DealPage = PageResponse(DealResponse, 'DealPage');
