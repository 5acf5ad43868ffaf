import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class AddCustomerTagRequest {
  @ApiProperty({
    example: 'vip',
    // In words, not as `pattern`: CUSTOMER_TAG_PATTERN's \p{L} classes need a Unicode-aware regex engine, which clients may lack.
    description:
      'Trimmed: a letter or digit of any script, then up to 49 more letters, digits or `.` `_` `:` `-`. Kept in lower case; the customer must not have it yet.',
  })
  @IsString()
  @MaxLength(100)
  tag!: string;
}
