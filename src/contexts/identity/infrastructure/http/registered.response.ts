import { ApiProperty } from '@nestjs/swagger';

export class RegisteredResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;
}
