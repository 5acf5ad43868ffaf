import { ApiProperty } from '@nestjs/swagger';

/** The answer of a command that creates or changes one thing: its id, to read it with. */
export class IdResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;
}
