import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsISO8601, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { LifecyclePeriod, RevenueGranularity } from '../../application/analytics/analytics-reader';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The query strings of the analytics routes (a small family, kept together); every list among them is paged. */
export class CustomerLifecycleRequest extends PageQuery {
  @ApiPropertyOptional({ enum: ['week', 'month', 'quarter'], default: 'month', example: 'week' })
  @IsOptional()
  @IsIn(['week', 'month', 'quarter'])
  period: LifecyclePeriod = 'month';
}

export class SalesRepPerformanceRequest extends PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 10, example: 5, description: 'How many reps, per currency.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  top = 10;
}

export class RevenueRequest extends PageQuery {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-01-01',
    description: 'First day, inclusive (UTC); 29 days before `to` when left out.',
  })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a calendar date' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-03-31', description: 'Last day, inclusive (UTC); today when left out.' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a calendar date' })
  to?: string;

  @ApiPropertyOptional({ enum: ['day', 'week', 'month'], default: 'day', example: 'month' })
  @IsOptional()
  @IsIn(['day', 'week', 'month'])
  granularity: RevenueGranularity = 'day';
}
