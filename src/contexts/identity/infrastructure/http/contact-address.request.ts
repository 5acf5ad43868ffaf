import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { POSTAL_ADDRESS_LIMITS } from '../../domain/postal-address';

/**
 * Strings here; what they must be (within their lengths, a real country code; blank optional fields
 * count as absent) is the domain's rule: 422 CONTACT_ADDRESS_INVALID.
 */
export class ContactAddressRequest {
  @ApiProperty({ example: 'Alexanderplatz 1', maxLength: POSTAL_ADDRESS_LIMITS.line1 })
  @IsString()
  line1!: string;

  @ApiPropertyOptional({ example: '3rd floor', maxLength: POSTAL_ADDRESS_LIMITS.line2 })
  @IsOptional()
  @IsString()
  line2?: string;

  @ApiProperty({ example: 'Berlin', maxLength: POSTAL_ADDRESS_LIMITS.city })
  @IsString()
  city!: string;

  @ApiPropertyOptional({ example: '10178', maxLength: POSTAL_ADDRESS_LIMITS.postalCode })
  @IsOptional()
  @IsString()
  postalCode?: string;

  @ApiPropertyOptional({ example: 'Berlin', maxLength: POSTAL_ADDRESS_LIMITS.region })
  @IsOptional()
  @IsString()
  region?: string;

  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2, upper case.' })
  @IsString()
  country!: string;
}
