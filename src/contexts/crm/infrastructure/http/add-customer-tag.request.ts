import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { CUSTOMER_TAG_PATTERN } from '../../domain/customer/customer-tag';

export class AddCustomerTagRequest {
  @ApiProperty({
    example: 'vip',
    pattern: CUSTOMER_TAG_PATTERN.source,
    description: 'Kept in lower case; the customer must not have it yet.',
  })
  @IsString()
  @MaxLength(100)
  tag!: string;
}
