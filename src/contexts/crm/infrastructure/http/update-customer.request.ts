import { ApiPropertyOptional } from '@nestjs/swagger';
import { PatchNullable, PatchRequired } from '@promenade/http';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { ACQUISITION_SOURCES, AcquisitionSource } from '../../domain/customer/acquisition-source';

/**
 * A change of some fields (PATCH): a field left out stays as it is; phone or company sent as null is
 * cleared; name, email or source sent as null is refused (400). The lifecycle, tier, rep and tags
 * change through their own routes.
 */
export class UpdateCustomerRequest {
  @ApiPropertyOptional({ example: 'Ada King', maxLength: 200 })
  @PatchRequired()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'ada.king@example.com', maxLength: 254 })
  @PatchRequired()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+44 20 7946 0959' })
  @PatchNullable()
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @ApiPropertyOptional({ enum: ACQUISITION_SOURCES, example: 'event' })
  @PatchRequired()
  @IsIn(ACQUISITION_SOURCES)
  source?: AcquisitionSource;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405301' })
  @PatchNullable()
  @IsUUID()
  companyId?: string | null;
}
