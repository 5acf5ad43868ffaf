import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SESSION_REPOSITORY, SessionRepository } from '../../domain/session/session.repository';
import { ACCESS_TOKEN_DENY_LIST, AccessTokenDenyList } from '../auth/access-token-deny-list';
import { LogOut } from './log-out.command';

@CommandHandler(LogOut)
export class LogOutHandler implements ICommandHandler<LogOut, void> {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(ACCESS_TOKEN_DENY_LIST) private readonly denyList: AccessTokenDenyList,
  ) {}

  async execute({ sessionId, tokenId, tokenExpiresAt }: LogOut): Promise<void> {
    const session = await this.sessions.getById(sessionId);
    session.revoke('logout');
    await this.sessions.save(session);
    await this.denyList.deny(tokenId, tokenExpiresAt);
  }
}
