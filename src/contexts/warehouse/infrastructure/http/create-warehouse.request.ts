import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsString, ValidateNested } from 'class-validator';
import { WarehouseAddressRequest } from './warehouse-address.request';

/** Types are checked here (400); the code's form, lengths, the country and the time zone are the domain's rules (422), the code's uniqueness 409. */
export class CreateWarehouseRequest {
  @ApiProperty({
    example: 'kbp-1',
    pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,15}$',
    description: 'Trimmed and upper-cased (`kbp-1` is `KBP-1`); unique. Never changes.',
  })
  @IsString()
  code!: string;

  @ApiProperty({ example: 'Kyiv Boryspil', maxLength: 200 })
  @IsString()
  name!: string;

  @ApiProperty({ type: WarehouseAddressRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => WarehouseAddressRequest)
  address!: WarehouseAddressRequest;

  @ApiProperty({ example: 'Europe/Kyiv', description: 'An IANA time zone, any of its names, any case; answered under its canonical name.' })
  @IsString()
  timeZone!: string;
}
