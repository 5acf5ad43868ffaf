import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { Email } from '@promenade/ddd';
import { LoginPolicy } from '../../domain/user/login-policy';
import { PASSWORD_HASHER, PasswordHasher } from '../../domain/user/password-hasher';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { SessionTokens } from '../auth/session-tokens';
import { TokenPair } from '../auth/token-pair';
import { LogIn } from './log-in.command';

/**
 * One login attempt, in the command's transaction. Attempts on one account take turns on its row lock, so the
 * count and the lock decision are those of a sequence: at most `maxFailures` wrong passwords are checked per lock
 * window, whatever the concurrency, and a right one after them finds the account locked.
 * Every refusal does the same work whether the address exists or not: one lookup, one verification, one write.
 */
@CommandHandler(LogIn)
export class LogInHandler implements ICommandHandler<LogIn, TokenPair | undefined> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly sessions: SessionTokens,
    private readonly config: AppConfig,
  ) {}

  async execute({ email, password }: LogIn): Promise<TokenPair | undefined> {
    const now = new Date();
    const user = await this.users.findForLogin(parseEmail(email));
    // Without a hash (an unknown address, a locked account) the hasher still spends one verification.
    const matches = await this.hasher.verify(user?.passwordHashForLogin(now), password);
    const hadFailures = (user?.failedLogins ?? 0) > 0;
    if (!user?.recordLoginAttempt(matches, this.policy, now)) {
      await this.users.saveRefusedLogin(user);
      return undefined;
    }
    // A success with nothing to clear writes no user, so it never makes an admin's concurrent edit conflict.
    if (hadFailures) await this.users.save(user);
    return this.sessions.start(user, now);
  }

  private get policy(): LoginPolicy {
    return { maxFailures: this.config.LOGIN_MAX_FAILURES, lockMinutes: this.config.LOGIN_LOCK_MINUTES };
  }
}

function parseEmail(value: string): Email | undefined {
  try {
    return Email.of(value);
  } catch {
    return undefined;
  }
}
