import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class RegisterRequest {
  @ApiProperty({ example: 'ada@example.com', maxLength: 254 })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty({
    example: 'correct horse battery staple',
    minLength: 8,
    maxLength: 128,
    description: '8–128 characters, any; not one of the most common passwords.',
  })
  @IsString()
  @MaxLength(512)
  password!: string;

  @ApiProperty({ example: 'Ada Lovelace', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  displayName!: string;
}
