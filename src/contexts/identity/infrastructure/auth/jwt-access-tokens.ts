import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@promenade/config';
import { newId } from '@promenade/ddd';
import { AccessTokenIssuer, AccessTokenSubject, IssuedAccessToken } from '../../application/auth/access-token-issuer';

/** RFC 9068's media type for JWT access tokens: an ID token or any other JWT signed with the same key is refused. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';
export const ALLOWED_ALGORITHMS = ['HS256'] as const;

export interface AccessTokenClaims {
  sub: string;
  jti: string;
  sid: string;
  /** The user's session epoch when issued. */
  sep: number;
  exp: number;
}

@Injectable()
export class JwtAccessTokens implements AccessTokenIssuer {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async issue({ userId, sessionId, sessionEpoch }: AccessTokenSubject): Promise<IssuedAccessToken> {
    const expiresIn = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const token = await this.jwt.signAsync(
      { sid: sessionId, sep: sessionEpoch },
      {
        algorithm: ALLOWED_ALGORITHMS[0],
        header: { alg: ALLOWED_ALGORITHMS[0], typ: ACCESS_TOKEN_TYPE },
        subject: userId,
        jwtid: newId(),
        issuer: this.config.JWT_ISSUER,
        audience: this.config.JWT_AUDIENCE,
        expiresIn,
      },
    );
    return { token, expiresIn };
  }

  /** The claims of a genuine, current access token of ours; throws for anything else. */
  async verify(token: string): Promise<AccessTokenClaims> {
    const { header, payload } = await this.jwt.verifyAsync<{ header: { typ?: string }; payload: AccessTokenClaims }>(token, {
      algorithms: [...ALLOWED_ALGORITHMS],
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
      complete: true,
    });
    if (header.typ !== ACCESS_TOKEN_TYPE) throw new Error(`token type ${header.typ} is not ${ACCESS_TOKEN_TYPE}`);
    const { sub, jti, sid, sep, exp } = payload;
    if (typeof sub !== 'string' || typeof jti !== 'string' || typeof sid !== 'string' || typeof sep !== 'number' || typeof exp !== 'number')
      throw new Error('claims missing');
    return { sub, jti, sid, sep, exp };
  }
}
