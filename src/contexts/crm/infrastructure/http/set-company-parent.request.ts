import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsUUID, ValidateIf } from 'class-validator';

export class SetCompanyParentRequest {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
    description: 'A live company that is not this one nor below it; null makes this company top-level. Required (send null explicitly).',
  })
  @IsDefined()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  parentId!: string | null;
}
