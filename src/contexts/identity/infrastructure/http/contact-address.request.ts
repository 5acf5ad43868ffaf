import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { POSTAL_ADDRESS_LIMITS } from '../../domain/contact/postal-address';

/**
 * Strings here, none longer than the domain allows (400, before any work); what they must be (a real
 * country code; blank optional fields count as absent) is the domain's rule: 422 CONTACT_ADDRESS_INVALID.
 */
export class ContactAddressRequest {
  @ApiProperty({ example: 'Alexanderplatz 1', maxLength: POSTAL_ADDRESS_LIMITS.line1 })
  @IsString()
  @MaxLength(POSTAL_ADDRESS_LIMITS.line1)
  line1!: string;

  @ApiPropertyOptional({ example: '3rd floor', maxLength: POSTAL_ADDRESS_LIMITS.line2 })
  @IsOptional()
  @IsString()
  @MaxLength(POSTAL_ADDRESS_LIMITS.line2)
  line2?: string;

  @ApiProperty({ example: 'Berlin', maxLength: POSTAL_ADDRESS_LIMITS.city })
  @IsString()
  @MaxLength(POSTAL_ADDRESS_LIMITS.city)
  city!: string;

  @ApiPropertyOptional({ example: '10178', maxLength: POSTAL_ADDRESS_LIMITS.postalCode })
  @IsOptional()
  @IsString()
  @MaxLength(POSTAL_ADDRESS_LIMITS.postalCode)
  postalCode?: string;

  @ApiPropertyOptional({ example: 'Berlin', maxLength: POSTAL_ADDRESS_LIMITS.region })
  @IsOptional()
  @IsString()
  @MaxLength(POSTAL_ADDRESS_LIMITS.region)
  region?: string;

  @ApiProperty({ example: 'DE', maxLength: 2, description: 'ISO 3166-1 alpha-2, upper case.' })
  @IsString()
  @MaxLength(2)
  country!: string;
}
