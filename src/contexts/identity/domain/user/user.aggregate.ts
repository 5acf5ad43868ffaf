import { AggregateRoot, Email, newId } from '@promenade/ddd';
import { UserActivated } from '../events/user-activated.event';
import { UserBanned } from '../events/user-banned.event';
import { UserEmailVerified } from '../events/user-email-verified.event';
import { UserLocked } from '../events/user-locked.event';
import { UserPasswordChanged } from '../events/user-password-changed.event';
import { UserRegistered } from '../events/user-registered.event';
import { UserRolesChanged } from '../events/user-roles-changed.event';
import { UserSuspended } from '../events/user-suspended.event';
import { UserUnlocked } from '../events/user-unlocked.event';
import { LoginPolicy } from './login-policy';
import { DEFAULT_ROLE } from '../role/system-roles';
import { UserInvalidTransition, UserNotLocked, UserRolesInvalid } from './user.errors';
import { UserStatus } from './user-status';

export interface UserState {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
  email: Email;
  passwordHash: string;
  status: UserStatus;
  roles: string[];
  emailVerifiedAt?: Date;
  failedLogins: number;
  lockedUntil?: Date;
  /**
   * Bumped whenever every session of the user must end (password change, suspension, ban):
   * tokens carry the epoch they were issued in, and older ones are refused (a per-user "not before").
   */
  sessionEpoch: number;
}

/** A person who can log in: credentials, status, lock and roles. */
export class User extends AggregateRoot<UserState> {
  private constructor(state: UserState) {
    super(state);
  }

  /** A new account with the default role. `passwordHash` is already hashed: the aggregate never sees the password. */
  static register(input: { email: Email; passwordHash: string; displayName: string }, now = new Date()): User {
    const user = new User({
      id: newId(),
      version: 0,
      createdAt: now,
      updatedAt: now,
      email: input.email,
      passwordHash: input.passwordHash,
      status: 'active',
      roles: [DEFAULT_ROLE],
      failedLogins: 0,
      sessionEpoch: 0,
    });
    user.apply(new UserRegistered({ userId: user.id, email: input.email.value, displayName: input.displayName }));
    return user;
  }

  /** Rebuilds a stored user; no rule is re-run and no event raised. */
  static restore(state: UserState): User {
    return new User(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }
  get email(): Email {
    return this.state.email;
  }
  get passwordHash(): string {
    return this.state.passwordHash;
  }
  get status(): UserStatus {
    return this.state.status;
  }
  get roles(): readonly string[] {
    return this.state.roles;
  }
  get emailVerifiedAt(): Date | undefined {
    return this.state.emailVerifiedAt;
  }
  get failedLogins(): number {
    return this.state.failedLogins;
  }
  get lockedUntil(): Date | undefined {
    return this.state.lockedUntil;
  }
  get sessionEpoch(): number {
    return this.state.sessionEpoch;
  }

  isLocked(now = new Date()): boolean {
    return this.state.lockedUntil !== undefined && this.state.lockedUntil > now;
  }

  /** Whether a correct password may open a session now: active and not locked. */
  mayLogIn(now = new Date()): boolean {
    return this.state.status === 'active' && !this.isLocked(now);
  }

  /** The hash a login attempt's password is checked against: none while locked, so no guess is evaluated during a lock. */
  passwordHashForLogin(now = new Date()): string | undefined {
    return this.isLocked(now) ? undefined : this.state.passwordHash;
  }

  /**
   * A login attempt whose password was checked against `passwordHashForLogin`: a wrong one counts towards the lock,
   * a right one clears the count but opens a session only on an active, unlocked account. Answers whether it may.
   */
  recordLoginAttempt(passwordMatches: boolean, policy: LoginPolicy, now = new Date()): boolean {
    if (!passwordMatches) {
      this.recordFailedLogin(policy, now);
      return false;
    }
    if (!this.mayLogIn(now)) return false;
    this.recordSuccessfulLogin();
    return true;
  }

  /** A wrong password: counts towards the lock; the last allowed failure locks the account. */
  recordFailedLogin(policy: LoginPolicy, now = new Date()): void {
    if (this.isLocked(now)) return;
    this.state.failedLogins += 1;
    if (this.state.failedLogins < policy.maxFailures) return;
    this.state.failedLogins = 0;
    this.state.lockedUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
    this.apply(new UserLocked({ userId: this.id, lockedUntil: this.state.lockedUntil.toISOString() }));
  }

  recordSuccessfulLogin(): void {
    this.state.failedLogins = 0;
    this.state.lockedUntil = undefined;
  }

  /** A new password ends every session and any lock (a successful reset proves the owner is back). */
  changePassword(passwordHash: string, now = new Date()): void {
    this.state.passwordHash = passwordHash;
    this.state.failedLogins = 0;
    this.state.lockedUntil = undefined;
    this.state.sessionEpoch += 1;
    this.apply(new UserPasswordChanged({ userId: this.id, changedAt: now.toISOString() }));
  }

  suspend(now = new Date()): void {
    if (this.state.status !== 'active') throw new UserInvalidTransition('suspend', this.state.status);
    this.state.status = 'suspended';
    this.state.sessionEpoch += 1;
    this.apply(new UserSuspended({ userId: this.id, suspendedAt: now.toISOString() }));
  }

  ban(now = new Date()): void {
    if (this.state.status === 'banned') throw new UserInvalidTransition('ban', this.state.status);
    this.state.status = 'banned';
    this.state.sessionEpoch += 1;
    this.apply(new UserBanned({ userId: this.id, bannedAt: now.toISOString() }));
  }

  activate(now = new Date()): void {
    if (this.state.status === 'active') throw new UserInvalidTransition('activate', this.state.status);
    this.state.status = 'active';
    this.apply(new UserActivated({ userId: this.id, activatedAt: now.toISOString() }));
  }

  /** An admin ends a lock before it expires. */
  unlock(now = new Date()): void {
    if (!this.isLocked(now)) throw new UserNotLocked();
    this.state.lockedUntil = undefined;
    this.state.failedLogins = 0;
    this.apply(new UserUnlocked({ userId: this.id, unlockedAt: now.toISOString() }));
  }

  /**
   * Records that the login address reached its owner, when `address` is that address. Once is enough:
   * answers whether anything changed.
   */
  confirmEmail(address: Email, now = new Date()): boolean {
    if (this.state.emailVerifiedAt || !address.equals(this.state.email)) return false;
    this.state.emailVerifiedAt = now;
    this.apply(new UserEmailVerified({ userId: this.id, verifiedAt: now.toISOString() }));
    return true;
  }

  /** Replaces the roles; which roles exist, and who may grant them, is checked by the caller. */
  assignRoles(roles: readonly string[]): void {
    const unique = [...new Set(roles)];
    if (unique.length === 0) throw new UserRolesInvalid('a user needs at least one role');
    if (unique.length !== roles.length) throw new UserRolesInvalid('a role is listed twice');
    this.state.roles = unique.sort();
    this.apply(new UserRolesChanged({ userId: this.id, roles: [...this.state.roles] }));
  }
}
