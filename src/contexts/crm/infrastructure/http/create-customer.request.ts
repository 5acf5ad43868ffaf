import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ACQUISITION_SOURCES, AcquisitionSource } from '../../domain/customer/acquisition-source';

/** Types and lists are checked here (400); blank names, phone shape and tag rules are the domain's (422), uniqueness 409. */
export class CreateCustomerRequest {
  @ApiProperty({ example: 'Ada Lovelace', maxLength: 200, description: 'Trimmed; must not be blank.' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    example: 'ada@example.com',
    maxLength: 254,
    description: 'A valid address (else 422 `EMAIL_INVALID`); unique among live customers, whatever the case.',
  })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '+44 20 7946 0958',
    description: 'Digits, spaces, ()./- and an optional leading +.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @ApiProperty({ enum: ACQUISITION_SOURCES, example: 'referral' })
  @IsIn(ACQUISITION_SOURCES)
  source!: AcquisitionSource;

  @ApiProperty({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405101',
    description: "The sales rep's user id. Without `customers:write:any` it must be the caller (else 403).",
  })
  @IsUUID()
  assignedTo!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405301',
    description: 'A live company (B2B).',
  })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['vip', 'q3-campaign'],
    description: 'Kept in lower case; no duplicates; 1-50 letters, digits or ._:- each.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  tags?: string[];
}
