import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ListCurrenciesRequest extends PageQuery {
  @ApiPropertyOptional({ example: 'euro', description: 'Part of the code or the name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
