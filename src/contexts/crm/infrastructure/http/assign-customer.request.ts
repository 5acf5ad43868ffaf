import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AssignCustomerRequest {
  @ApiProperty({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405102',
    description: "The new sales rep's user id; must differ from the current one.",
  })
  @IsUUID()
  repId!: string;
}
