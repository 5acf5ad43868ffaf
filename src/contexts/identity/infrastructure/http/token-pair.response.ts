import { ApiProperty } from '@nestjs/swagger';
import { TokenPair } from '../../application/auth/token-pair';

export class TokenPairResponse {
  @ApiProperty({
    description: 'A JWT (HS256, typ at+jwt) to send as `Authorization: Bearer …`.',
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6ImF0K2p3dCJ9.…',
  })
  accessToken!: string;

  @ApiProperty({ description: 'Opaque; exchange it at /auth/refresh for a new pair. Used twice, it ends the session.' })
  refreshToken!: string;

  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ type: 'integer', description: 'Seconds until the access token expires.', example: 900 })
  expiresIn!: number;

  static from(pair: TokenPair): TokenPairResponse {
    return { accessToken: pair.accessToken, refreshToken: pair.refreshToken, tokenType: 'Bearer', expiresIn: pair.expiresIn };
  }
}
