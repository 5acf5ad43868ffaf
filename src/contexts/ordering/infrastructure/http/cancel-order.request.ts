import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class CancelOrderRequest {
  @ApiProperty({ example: 'customer changed their mind', description: 'Why the order is cancelled; must not be blank.' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}
