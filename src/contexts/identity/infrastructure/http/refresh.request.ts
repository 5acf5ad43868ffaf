import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class RefreshRequest {
  @ApiProperty({
    description: 'The refresh token from the last login or refresh; each is accepted once.',
    example: 'kq1W0c2bVh0bE9VqfXh1r6m9l0d1s3A2p5Yt8uJ7w4E',
  })
  @IsString()
  @MaxLength(128)
  refreshToken!: string;
}
