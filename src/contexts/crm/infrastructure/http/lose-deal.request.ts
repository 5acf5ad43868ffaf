import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class LoseDealRequest {
  @ApiProperty({ example: 'chose a competitor on price', maxLength: 500, description: 'Why the deal was lost; must not be blank.' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}
