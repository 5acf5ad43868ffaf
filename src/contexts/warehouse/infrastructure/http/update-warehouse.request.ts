import { ApiPropertyOptional } from '@nestjs/swagger';
import { PatchRequired } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsObject, IsString, ValidateNested } from 'class-validator';
import { WarehouseAddressRequest } from './warehouse-address.request';

/**
 * A change of some fields (PATCH): a field left out stays as it is, none may be null (400). An address sent
 * replaces the whole address. The code never changes; the status changes with POST …/activate and …/deactivate.
 */
export class UpdateWarehouseRequest {
  @ApiPropertyOptional({ example: 'Kyiv Boryspil North', maxLength: 200 })
  @PatchRequired()
  @IsString()
  name?: string;

  @ApiPropertyOptional({ type: WarehouseAddressRequest, description: 'The whole new address.' })
  @PatchRequired()
  @IsObject()
  @ValidateNested()
  @Type(() => WarehouseAddressRequest)
  address?: WarehouseAddressRequest;

  @ApiPropertyOptional({ example: 'Europe/Warsaw' })
  @PatchRequired()
  @IsString()
  timeZone?: string;
}
