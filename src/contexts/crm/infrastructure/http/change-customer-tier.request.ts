import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CUSTOMER_TIERS, CustomerTier } from '../../domain/customer/customer-tier';

/** For both upgrade and downgrade: the tier to move to. */
export class ChangeCustomerTierRequest {
  @ApiProperty({ enum: CUSTOMER_TIERS, example: 'pro', description: 'free < basic < pro < enterprise.' })
  @IsIn(CUSTOMER_TIERS)
  tier!: CustomerTier;
}
