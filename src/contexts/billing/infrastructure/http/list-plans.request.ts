import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional } from 'class-validator';

export class ListPlansRequest extends PageQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], example: 'true', description: 'Only the plans open (or closed) to new subscriptions.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}
