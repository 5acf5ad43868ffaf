import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ListLanguagesRequest extends PageQuery {
  @ApiPropertyOptional({
    example: 'deutsch',
    description: 'Part of the code, the English name or the native name; any case, accents optional.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
