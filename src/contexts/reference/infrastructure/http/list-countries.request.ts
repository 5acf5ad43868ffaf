import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { COUNTRY_REGIONS } from '../persistence/country-source';

export class ListCountriesRequest extends PageQuery {
  @ApiPropertyOptional({ example: 'germ', description: 'Part of the name, the official name or a code; any case, accents optional.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: COUNTRY_REGIONS, example: 'Europe' })
  @IsOptional()
  @IsIn(COUNTRY_REGIONS)
  region?: string;
}
