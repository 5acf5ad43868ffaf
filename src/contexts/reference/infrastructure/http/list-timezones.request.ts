import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class ListTimezonesRequest extends PageQuery {
  @ApiPropertyOptional({ example: 'UA', description: 'The zones of this country: ISO 3166-1 alpha-2, any case.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;

  @ApiPropertyOptional({
    example: 'kyiv',
    description: 'Part of the name, an alias, the country name or a main city; any case, accents optional.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
