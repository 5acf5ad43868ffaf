import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { Email } from '@promenade/ddd';
import { PASSWORD_HASHER, PasswordHasher } from '../../domain/password-hasher';
import { User } from '../../domain/user.aggregate';
import { USER_REPOSITORY, UserRepository } from '../../domain/user.repository';
import { isConcurrencyConflict } from '../auth/concurrency-conflict';
import { SessionTokens } from '../auth/session-tokens';
import { TokenPair } from '../auth/token-pair';
import { LogIn } from './log-in.command';

const ATTEMPTS_ON_CONFLICT = 3;

@CommandHandler(LogIn)
export class LogInHandler implements ICommandHandler<LogIn, TokenPair | undefined> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly sessions: SessionTokens,
    private readonly config: AppConfig,
  ) {}

  async execute({ email, password }: LogIn): Promise<TokenPair | undefined> {
    const address = parseEmail(email);
    // An unknown address costs one verification too, so timing does not tell which addresses exist.
    const user = address && (await this.users.findByEmail(address));
    const matches = await this.hasher.verify(user?.passwordHash, password);
    if (!user) return undefined;
    const now = new Date();
    if (!matches) {
      await this.countFailure(user, now);
      return undefined;
    }
    if (!user.mayLogIn(now)) return undefined;
    if (user.failedLogins > 0) await this.resetFailures(user);
    return this.sessions.start(user, now);
  }

  /**
   * Concurrent wrong passwords for one account must all count, and none may turn into a 409 that says
   * the account exists: a conflict reloads and counts again; after the last attempt that one failure goes uncounted.
   */
  private async countFailure(user: User, now: Date): Promise<void> {
    const policy = { maxFailures: this.config.LOGIN_MAX_FAILURES, lockMinutes: this.config.LOGIN_LOCK_MINUTES };
    for (let attempt = 1, current = user; attempt <= ATTEMPTS_ON_CONFLICT; attempt++) {
      current.recordFailedLogin(policy, now);
      try {
        return await this.users.save(current);
      } catch (error) {
        if (!isConcurrencyConflict(error)) throw error;
        if (attempt < ATTEMPTS_ON_CONFLICT) current = await this.users.getById(user.id);
      }
    }
  }

  /** Clearing the count is a courtesy: losing it to a concurrent change must not fail (or 409) a correct login. */
  private async resetFailures(user: User): Promise<void> {
    user.recordSuccessfulLogin();
    await this.users.save(user).catch((error: unknown) => {
      if (!isConcurrencyConflict(error)) throw error;
    });
  }
}

function parseEmail(value: string): Email | undefined {
  try {
    return Email.of(value);
  } catch {
    return undefined;
  }
}
