import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ChangePasswordRequest {
  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(512)
  currentPassword!: string;

  @ApiProperty({ example: 'a new and longer passphrase', minLength: 8, maxLength: 128 })
  @IsString()
  @MaxLength(512)
  newPassword!: string;
}
