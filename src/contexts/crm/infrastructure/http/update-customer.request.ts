import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { ACQUISITION_SOURCES, AcquisitionSource } from '../../domain/acquisition-source';

/** Present only: left out it stays, but it cannot be cleared (null is refused). */
const IsOptionalButNotNull = (): PropertyDecorator => ValidateIf((_, value) => value !== undefined);

/**
 * A change of some fields (PATCH): a field left out stays as it is; phone or company sent as null is
 * cleared. The lifecycle, tier, rep and tags change through their own routes.
 */
export class UpdateCustomerRequest {
  @ApiPropertyOptional({ example: 'Ada King', maxLength: 200 })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'ada.king@example.com', maxLength: 254 })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+44 20 7946 0959' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @ApiPropertyOptional({ enum: ACQUISITION_SOURCES, example: 'event' })
  @IsOptionalButNotNull()
  @IsIn(ACQUISITION_SOURCES)
  source?: AcquisitionSource;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405301' })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;
}
