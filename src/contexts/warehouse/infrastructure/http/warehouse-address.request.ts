import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** Types are checked here (400); blank lines, lengths and whether the country exists are the domain's rules (422). */
export class WarehouseAddressRequest {
  @ApiProperty({ example: 'Kyivskyi Shliakh 2', maxLength: 200 })
  @IsString()
  line1!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Gate 3' })
  @IsOptional()
  @IsString()
  line2?: string | null;

  @ApiProperty({ example: 'Boryspil', maxLength: 100 })
  @IsString()
  city!: string;

  @ApiProperty({ example: '08300', maxLength: 20 })
  @IsString()
  postalCode!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Kyiv Oblast' })
  @IsOptional()
  @IsString()
  region?: string | null;

  @ApiProperty({ example: 'UA', description: 'ISO 3166-1 alpha-2, any case (answered upper-case).' })
  @IsString()
  country!: string;
}
