import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { RefreshToken } from '../../domain/session/refresh-token';
import { Session, TokenLifetime } from '../../domain/session/session.aggregate';
import { SESSION_REPOSITORY, SessionRepository } from '../../domain/session/session.repository';
import { User } from '../../domain/user/user.aggregate';
import { ACCESS_TOKEN_ISSUER, AccessTokenIssuer } from './access-token-issuer';
import { TokenPair } from './token-pair';

/** Starts sessions and rotates their refresh tokens, answering the token pair a client keeps. */
@Injectable()
export class SessionTokens {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(ACCESS_TOKEN_ISSUER) private readonly accessTokens: AccessTokenIssuer,
    private readonly config: AppConfig,
  ) {}

  async start(user: User, now = new Date()): Promise<TokenPair> {
    const refresh = RefreshToken.generate();
    const session = Session.start({ userId: user.id, epoch: user.sessionEpoch, tokenHash: refresh.hash, ...this.lifetime() }, now);
    await this.sessions.save(session);
    return this.pair(session, refresh);
  }

  /** Rotates the session's token, or undefined when the presented one may not be used (the session is saved either way). */
  async rotate(session: Session, presentedHash: string, now = new Date()): Promise<TokenPair | undefined> {
    const next = RefreshToken.generate();
    const outcome = session.rotate(presentedHash, { tokenHash: next.hash, ...this.lifetime() }, now);
    await this.sessions.save(session);
    return outcome === 'rotated' ? this.pair(session, next) : undefined;
  }

  private lifetime(): TokenLifetime {
    return { ttlSeconds: this.config.REFRESH_TOKEN_TTL_SECONDS, maxAgeSeconds: this.config.SESSION_MAX_AGE_SECONDS };
  }

  private async pair(session: Session, refresh: RefreshToken): Promise<TokenPair> {
    const access = await this.accessTokens.issue({ userId: session.userId, sessionId: session.id, sessionEpoch: session.epoch });
    return { accessToken: access.token, refreshToken: refresh.value, expiresIn: access.expiresIn };
  }
}
