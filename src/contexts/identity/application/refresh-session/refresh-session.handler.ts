import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RefreshToken } from '../../domain/session/refresh-token';
import { SESSION_REPOSITORY, SessionRepository } from '../../domain/session/session.repository';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { isConcurrencyConflict } from '../auth/concurrency-conflict';
import { SessionTokens } from '../auth/session-tokens';
import { TokenPair } from '../auth/token-pair';
import { RefreshSession } from './refresh-session.command';

@CommandHandler(RefreshSession)
export class RefreshSessionHandler implements ICommandHandler<RefreshSession, TokenPair | undefined> {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    private readonly tokens: SessionTokens,
  ) {}

  async execute({ refreshToken }: RefreshSession): Promise<TokenPair | undefined> {
    const presented = RefreshToken.hashOf(refreshToken);
    const session = await this.sessions.findByTokenHash(presented);
    if (!session) return undefined;
    const user = await this.users.find(session.userId);
    // A password change, suspension or ban moved the user's epoch on: every earlier session is over.
    if (!user || user.status !== 'active' || user.sessionEpoch !== session.epoch) return undefined;
    try {
      return await this.tokens.rotate(session, presented);
    } catch (error) {
      if (!isConcurrencyConflict(error)) throw error;
      // Another request rotated this very token first: two holders of one token is reuse, as if it came second.
      return this.tokens.rotate(await this.sessions.getById(session.id), presented).catch((again: unknown) => {
        if (isConcurrencyConflict(again)) return undefined; // still racing: refused, never a 409
        throw again;
      });
    }
  }
}
