import { Email } from '@promenade/ddd';
import { UserActivated } from '../events/user-activated.event';
import { UserBanned } from '../events/user-banned.event';
import { UserLocked } from '../events/user-locked.event';
import { UserPasswordChanged } from '../events/user-password-changed.event';
import { UserRegistered } from '../events/user-registered.event';
import { UserRolesChanged } from '../events/user-roles-changed.event';
import { UserSuspended } from '../events/user-suspended.event';
import { UserUnlocked } from '../events/user-unlocked.event';
import { LoginPolicy } from './login-policy';
import { User } from './user.aggregate';
import { UserInvalidTransition, UserNotLocked, UserRolesInvalid } from './user.errors';
import { UserStatus } from './user-status';

const NOW = new Date('2026-01-01T12:00:00Z');
const POLICY: LoginPolicy = { maxFailures: 5, lockMinutes: 15 };
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

function registered(): User {
  const user = User.register({ email: Email.of('ada@example.com'), passwordHash: 'hashed:old', displayName: 'Ada' }, NOW);
  user.pullEvents();
  return user;
}

function withStatus(status: UserStatus): User {
  const user = registered();
  if (status === 'suspended') user.suspend(NOW);
  if (status === 'banned') user.ban(NOW);
  user.pullEvents();
  return user;
}

function failTimes(user: User, times: number, at = NOW): void {
  for (let i = 0; i < times; i++) user.recordFailedLogin(POLICY, at);
}

describe('User', () => {
  describe('registration', () => {
    it('makes an active user with the user role, no failures and epoch 0', () => {
      const user = User.register({ email: Email.of('Ada@Example.com'), passwordHash: 'hashed:secret', displayName: 'Ada' }, NOW);
      expect(user.isNew).toBe(true);
      expect(user.status).toBe('active');
      expect(user.roles).toEqual(['user']);
      expect(user.email.value).toBe('Ada@Example.com');
      expect(user.passwordHash).toBe('hashed:secret');
      expect(user.createdAt).toEqual(NOW);
      expect(user.failedLogins).toBe(0);
      expect(user.lockedUntil).toBeUndefined();
      expect(user.sessionEpoch).toBe(0);
      expect(user.mayLogIn(NOW)).toBe(true);
    });

    it('raises identity.user-registered with the user id, email and display name', () => {
      const user = User.register({ email: Email.of('ada@example.com'), passwordHash: 'hashed:secret', displayName: 'Ada Lovelace' }, NOW);
      const events = user.pullEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(UserRegistered);
      expect(events[0].eventName).toBe('identity.user-registered');
      expect(events[0].metadata.aggregateId).toBe(user.id);
      expect((events[0] as UserRegistered).payload).toEqual({ userId: user.id, email: 'ada@example.com', displayName: 'Ada Lovelace' });
    });

    it('gives every user a new id', () => {
      expect(registered().id).not.toBe(registered().id);
    });
  });

  it('is restored as stored, raising nothing', () => {
    const lockedUntil = minutesAfter(NOW, 10);
    const user = User.restore({
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: NOW,
      updatedAt: NOW,
      email: Email.of('ada@example.com'),
      passwordHash: 'hashed:x',
      status: 'suspended',
      roles: ['manager', 'user'],
      failedLogins: 2,
      lockedUntil,
      sessionEpoch: 4,
    });
    expect(user.version).toBe(3);
    expect(user.status).toBe('suspended');
    expect(user.roles).toEqual(['manager', 'user']);
    expect(user.lockedUntil).toEqual(lockedUntil);
    expect(user.sessionEpoch).toBe(4);
    expect(user.pullEvents()).toEqual([]);
  });

  describe('failed logins', () => {
    it('counts wrong passwords below the limit without locking', () => {
      const user = registered();
      failTimes(user, POLICY.maxFailures - 1);
      expect(user.failedLogins).toBe(4);
      expect(user.isLocked(NOW)).toBe(false);
      expect(user.pullEvents()).toEqual([]);
    });

    it('locks the account at the last allowed failure, until now + the lock minutes, and raises UserLocked', () => {
      const user = registered();
      failTimes(user, POLICY.maxFailures);
      const until = minutesAfter(NOW, POLICY.lockMinutes);
      expect(user.lockedUntil).toEqual(until);
      expect(user.isLocked(NOW)).toBe(true);
      expect(user.mayLogIn(NOW)).toBe(false);
      const events = user.pullEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(UserLocked);
      expect((events[0] as UserLocked).payload).toEqual({ userId: user.id, lockedUntil: until.toISOString() });
    });

    it('follows the policy it is given', () => {
      const user = registered();
      failTimes(user, 2);
      user.recordFailedLogin({ maxFailures: 3, lockMinutes: 60 }, NOW);
      expect(user.lockedUntil).toEqual(minutesAfter(NOW, 60));
    });

    it('does not extend the lock, nor raise another event, on a failure while locked', () => {
      const user = registered();
      failTimes(user, POLICY.maxFailures);
      user.pullEvents();
      const until = user.lockedUntil;

      failTimes(user, POLICY.maxFailures, minutesAfter(NOW, 10));

      expect(user.lockedUntil).toEqual(until);
      expect(user.failedLogins).toBe(0);
      expect(user.pullEvents()).toEqual([]);
    });

    it('resets the count on a successful login', () => {
      const user = registered();
      failTimes(user, POLICY.maxFailures - 1);
      user.recordSuccessfulLogin();
      expect(user.failedLogins).toBe(0);
      failTimes(user, POLICY.maxFailures - 1);
      expect(user.isLocked(NOW)).toBe(false);
    });

    it('ends the lock when its time is up', () => {
      const user = registered();
      failTimes(user, POLICY.maxFailures);
      const end = minutesAfter(NOW, POLICY.lockMinutes);
      expect(user.isLocked(new Date(end.getTime() - 1))).toBe(true);
      expect(user.isLocked(end)).toBe(false);
      expect(user.mayLogIn(end)).toBe(true);
    });

    it('counts afresh after a lock expired', () => {
      const user = registered();
      failTimes(user, POLICY.maxFailures);
      const later = minutesAfter(NOW, POLICY.lockMinutes + 1);
      failTimes(user, 1, later);
      expect(user.failedLogins).toBe(1);
      expect(user.isLocked(later)).toBe(false);
    });
  });

  describe('password change', () => {
    it('sets the new hash, ends every session, clears failures and the lock, and raises UserPasswordChanged', () => {
      const user = registered();
      failTimes(user, POLICY.maxFailures);
      user.pullEvents();

      user.changePassword('hashed:new', NOW);

      expect(user.passwordHash).toBe('hashed:new');
      expect(user.sessionEpoch).toBe(1);
      expect(user.failedLogins).toBe(0);
      expect(user.isLocked(NOW)).toBe(false);
      expect(user.lockedUntil).toBeUndefined();
      const events = user.pullEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(UserPasswordChanged);
      expect((events[0] as UserPasswordChanged).payload).toEqual({ userId: user.id, changedAt: NOW.toISOString() });
    });
  });

  describe('status', () => {
    it('suspends an active user, ending their sessions, and raises UserSuspended', () => {
      const user = registered();
      user.suspend(NOW);
      expect(user.status).toBe('suspended');
      expect(user.sessionEpoch).toBe(1);
      expect(user.mayLogIn(NOW)).toBe(false);
      const [event] = user.pullEvents();
      expect(event).toBeInstanceOf(UserSuspended);
      expect((event as UserSuspended).payload).toEqual({ userId: user.id, suspendedAt: NOW.toISOString() });
    });

    it.each<UserStatus>(['active', 'suspended'])('bans a user who is %s, ending their sessions, and raises UserBanned', (status) => {
      const user = withStatus(status);
      const epoch = user.sessionEpoch;
      user.ban(NOW);
      expect(user.status).toBe('banned');
      expect(user.sessionEpoch).toBe(epoch + 1);
      const [event] = user.pullEvents();
      expect(event).toBeInstanceOf(UserBanned);
      expect((event as UserBanned).payload).toEqual({ userId: user.id, bannedAt: NOW.toISOString() });
    });

    it.each<UserStatus>(['suspended', 'banned'])('activates a user who is %s, keeping the epoch, and raises UserActivated', (status) => {
      const user = withStatus(status);
      const epoch = user.sessionEpoch;
      user.activate(NOW);
      expect(user.status).toBe('active');
      expect(user.sessionEpoch).toBe(epoch);
      expect(user.mayLogIn(NOW)).toBe(true);
      const [event] = user.pullEvents();
      expect(event).toBeInstanceOf(UserActivated);
      expect((event as UserActivated).payload).toEqual({ userId: user.id, activatedAt: NOW.toISOString() });
    });

    it.each<[UserStatus, string, (user: User) => void]>([
      ['suspended', 'suspend', (user) => user.suspend(NOW)],
      ['banned', 'suspend', (user) => user.suspend(NOW)],
      ['banned', 'ban', (user) => user.ban(NOW)],
      ['active', 'activate', (user) => user.activate(NOW)],
    ])('refuses, for a user who is %s, to %s with USER_INVALID_TRANSITION, changing nothing', (status, _action, transition) => {
      const user = withStatus(status);
      const epoch = user.sessionEpoch;
      expect(() => transition(user)).toThrow(UserInvalidTransition);
      expect(() => transition(user)).toThrow(expect.objectContaining({ code: 'USER_INVALID_TRANSITION', kind: 'conflict' }));
      expect(user.status).toBe(status);
      expect(user.sessionEpoch).toBe(epoch);
      expect(user.pullEvents()).toEqual([]);
    });
  });

  describe('unlock', () => {
    it('ends a lock early, clears the count, and raises UserUnlocked', () => {
      const user = registered();
      failTimes(user, POLICY.maxFailures);
      user.pullEvents();
      const at = minutesAfter(NOW, 1);

      user.unlock(at);

      expect(user.isLocked(at)).toBe(false);
      expect(user.lockedUntil).toBeUndefined();
      expect(user.failedLogins).toBe(0);
      const [event] = user.pullEvents();
      expect(event).toBeInstanceOf(UserUnlocked);
      expect((event as UserUnlocked).payload).toEqual({ userId: user.id, unlockedAt: at.toISOString() });
    });

    it('refuses to unlock a user who is not locked with USER_NOT_LOCKED', () => {
      const user = registered();
      expect(() => user.unlock(NOW)).toThrow(UserNotLocked);
      expect(() => user.unlock(NOW)).toThrow(expect.objectContaining({ code: 'USER_NOT_LOCKED' }));
      expect(user.pullEvents()).toEqual([]);
    });

    it('refuses to unlock a user whose lock has already expired', () => {
      const user = registered();
      failTimes(user, POLICY.maxFailures);
      expect(() => user.unlock(minutesAfter(NOW, POLICY.lockMinutes))).toThrow(UserNotLocked);
    });
  });

  describe('roles', () => {
    it('replaces the roles, sorted, and raises UserRolesChanged', () => {
      const user = registered();
      user.assignRoles(['user', 'manager', 'admin']);
      expect(user.roles).toEqual(['admin', 'manager', 'user']);
      const [event] = user.pullEvents();
      expect(event).toBeInstanceOf(UserRolesChanged);
      expect((event as UserRolesChanged).payload).toEqual({ userId: user.id, roles: ['admin', 'manager', 'user'] });
    });

    it('does not let a caller change the roles through the array it passed', () => {
      const user = registered();
      const roles = ['manager'];
      user.assignRoles(roles);
      roles.push('superadmin');
      expect(user.roles).toEqual(['manager']);
    });

    it.each<[string, string[]]>([
      ['no role', []],
      ['a role twice', ['user', 'manager', 'user']],
    ])('refuses %s with USER_ROLES_INVALID, keeping the roles', (_case, roles) => {
      const user = registered();
      expect(() => user.assignRoles(roles)).toThrow(UserRolesInvalid);
      expect(() => user.assignRoles(roles)).toThrow(expect.objectContaining({ code: 'USER_ROLES_INVALID', kind: 'invalid' }));
      expect(user.roles).toEqual(['user']);
      expect(user.pullEvents()).toEqual([]);
    });
  });
  describe('confirming the login address', () => {
    it('records the first verification of the same address, in any case, and raises UserEmailVerified once', () => {
      const user = User.register({ email: Email.of('Ada@Example.com'), passwordHash: 'hashed:x', displayName: 'Ada' });
      user.pullEvents();
      const at = new Date('2026-03-01T00:00:00Z');
      expect(user.confirmEmail(Email.of('ada@example.COM'), at)).toBe(true);
      expect(user.confirmEmail(Email.of('ada@example.com'), new Date('2026-04-01T00:00:00Z'))).toBe(false);
      expect(user.emailVerifiedAt).toEqual(at);
      expect(user.pullEvents().map((event) => event.eventName)).toEqual(['identity.user-email-verified']);
    });

    it('ignores another address', () => {
      const user = User.register({ email: Email.of('ada@example.com'), passwordHash: 'hashed:x', displayName: 'Ada' });
      user.pullEvents();
      expect(user.confirmEmail(Email.of('someone@example.com'))).toBe(false);
      expect(user.emailVerifiedAt).toBeUndefined();
      expect(user.pullEvents()).toEqual([]);
    });
  });
});
