import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ChurnCustomerRequest {
  @ApiProperty({ example: 'moved to a competitor', maxLength: 500, description: 'Why the customer left; must not be blank.' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}
