import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CUSTOMER_STATUSES, CustomerStatus } from '../../domain/customer/customer-status';
import { CUSTOMER_TIERS, CustomerTier } from '../../domain/customer/customer-tier';
import { CUSTOMER_SORT_FIELDS, CustomerSort } from '../../domain/customer/customer.repository';

/** `name` ascending, `-name` descending. */
export const CUSTOMER_SORTS = CUSTOMER_SORT_FIELDS.flatMap((field) => [field, `-${field}`]);

export function toCustomerSort(sort: string): CustomerSort {
  const descending = sort.startsWith('-');
  return { field: (descending ? sort.slice(1) : sort) as CustomerSort['field'], direction: descending ? 'desc' : 'asc' };
}

export class ListCustomersRequest extends PageQuery {
  @ApiPropertyOptional({ enum: CUSTOMER_STATUSES })
  @IsOptional()
  @IsIn(CUSTOMER_STATUSES)
  status?: CustomerStatus;

  @ApiPropertyOptional({ enum: CUSTOMER_TIERS })
  @IsOptional()
  @IsIn(CUSTOMER_TIERS)
  tier?: CustomerTier;

  @ApiPropertyOptional({ example: 'vip', description: 'Customers carrying this tag (any case).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  tag?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "A rep's customers. Without `customers:read:any` only yourself may be named (else 403).",
  })
  @IsOptional()
  @IsUUID()
  assignedTo?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ example: 'lovelace', description: 'Part of the name or email, whatever the case.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({
    enum: CUSTOMER_SORTS,
    default: '-createdAt',
    description:
      'A field, descending with a leading `-`. Status sorts in lifecycle order, tier from free to enterprise; ties newest first.',
  })
  @IsOptional()
  @IsIn(CUSTOMER_SORTS)
  sort: string = '-createdAt';
}
