import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsISO8601, IsOptional } from 'class-validator';

export class ListFollowUpsRequest extends PageQuery {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-03-09T23:59:59Z',
    description: 'Only follow-ups due at or before this instant (overdue ones included); every pending follow-up when left out.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  due?: string;
}
