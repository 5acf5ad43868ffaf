import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUTHENTICATOR } from '@promenade/auth';
import { AppConfig } from '@promenade/config';
import { RedisConnection } from '@promenade/platform';
// user
import { ActivateUserHandler } from './application/activate-user/activate-user.handler';
import { AssignUserRolesHandler } from './application/assign-user-roles/assign-user-roles.handler';
import { BanUserHandler } from './application/ban-user/ban-user.handler';
import { ChangePasswordHandler } from './application/change-password/change-password.handler';
import { CreateAdminHandler } from './application/create-admin/create-admin.handler';
import { GetUserHandler } from './application/get-user/get-user.handler';
import { ListUsersHandler } from './application/list-users/list-users.handler';
import { RegisterUserHandler } from './application/register-user/register-user.handler';
import { SuspendUserHandler } from './application/suspend-user/suspend-user.handler';
import { UnlockUserHandler } from './application/unlock-user/unlock-user.handler';
import { PASSWORD_HASHER } from './domain/user/password-hasher';
import { USER_REPOSITORY } from './domain/user/user.repository';
import { AdministratorHint } from './infrastructure/auth/administrator-hint';
import { Argon2PasswordHasher } from './infrastructure/auth/argon2-password.hasher';
import { AccountController } from './infrastructure/http/account.controller';
import { UsersController } from './infrastructure/http/users.controller';
import { UserModel } from './infrastructure/persistence/user.model';
import { UserTypeOrmRepository } from './infrastructure/persistence/user.typeorm-repository';
// session
import { SessionTokens } from './application/auth/session-tokens';
import { LogInHandler } from './application/log-in/log-in.handler';
import { LogOutHandler } from './application/log-out/log-out.handler';
import { RefreshSessionHandler } from './application/refresh-session/refresh-session.handler';
import { SESSION_REPOSITORY } from './domain/session/session.repository';
import { AuthController } from './infrastructure/http/auth.controller';
import { SessionModel } from './infrastructure/persistence/session.model';
import { SessionPruner } from './infrastructure/persistence/session-pruner';
import { SessionTypeOrmRepository } from './infrastructure/persistence/session.typeorm-repository';
// contact
import { CreateContactHandler } from './application/create-contact/create-contact.handler';
import { DeleteContactHandler } from './application/delete-contact/delete-contact.handler';
import { GetContactHandler } from './application/get-contact/get-contact.handler';
import { ListContactsHandler } from './application/list-contacts/list-contacts.handler';
import { MakeContactPrimaryHandler } from './application/make-contact-primary/make-contact-primary.handler';
import { UpdateContactHandler } from './application/update-contact/update-contact.handler';
import { VerifyContactHandler } from './application/verify-contact/verify-contact.handler';
import { CONTACT_REPOSITORY } from './domain/contact/contact.repository';
import { ContactsController } from './infrastructure/http/contacts.controller';
import { ContactModel } from './infrastructure/persistence/contact.model';
import { ContactTypeOrmRepository } from './infrastructure/persistence/contact.typeorm-repository';
// profile
import { GetProfileHandler } from './application/get-profile/get-profile.handler';
import { UpdateProfileHandler } from './application/update-profile/update-profile.handler';
import { PROFILE_REPOSITORY } from './domain/profile/profile.repository';
import { ProfilesController } from './infrastructure/http/profiles.controller';
import { ProfileModel } from './infrastructure/persistence/profile.model';
import { ProfileTypeOrmRepository } from './infrastructure/persistence/profile.typeorm-repository';
// role
import { CreateRoleHandler } from './application/create-role/create-role.handler';
import { DeleteRoleHandler } from './application/delete-role/delete-role.handler';
import { GetRoleHandler } from './application/get-role/get-role.handler';
import { ListPermissionsHandler } from './application/list-permissions/list-permissions.handler';
import { ListRolesHandler } from './application/list-roles/list-roles.handler';
import { UpdateRoleHandler } from './application/update-role/update-role.handler';
import { Privileges } from './domain/role/privilege';
import { ROLE_REPOSITORY, RoleRepository } from './domain/role/role.repository';
import { PermissionsController } from './infrastructure/http/permissions.controller';
import { RolesController } from './infrastructure/http/roles.controller';
import { RoleModel } from './infrastructure/persistence/role.model';
import { RoleTypeOrmRepository } from './infrastructure/persistence/role.typeorm-repository';
// access tokens: issued at log-in, checked by the platform's guard
import { ACCESS_TOKEN_DENY_LIST, AccessTokenDenyList } from './application/auth/access-token-deny-list';
import { ACCESS_TOKEN_ISSUER } from './application/auth/access-token-issuer';
import { AccessTokenAuthenticator } from './infrastructure/auth/access-token.authenticator';
import { PrincipalCache } from './infrastructure/auth/principal-cache';
import { JwtAccessTokens } from './infrastructure/auth/jwt-access-tokens';
import { MemoryAccessTokenDenyList } from './infrastructure/auth/memory-access-token.deny-list';
import { RedisAccessTokenDenyList } from './infrastructure/auth/redis-access-token.deny-list';
import { signingKey, signingKeyOptions } from './infrastructure/auth/signing-key';
import { credentialRateLimits } from './infrastructure/http/credential-rate-limits';
// publications
import { PublishUserEmailVerified } from './application/publications/publish-user-email-verified';
import { PublishUserRegistered } from './application/publications/publish-user-registered';

const userProviders = [
  { provide: USER_REPOSITORY, useClass: UserTypeOrmRepository },
  { provide: PASSWORD_HASHER, useClass: Argon2PasswordHasher },
  AdministratorHint,
  RegisterUserHandler,
  ChangePasswordHandler,
  CreateAdminHandler,
  GetUserHandler,
  ListUsersHandler,
  SuspendUserHandler,
  BanUserHandler,
  ActivateUserHandler,
  UnlockUserHandler,
  AssignUserRolesHandler,
];

const sessionProviders = [
  { provide: SESSION_REPOSITORY, useClass: SessionTypeOrmRepository },
  SessionTokens,
  SessionPruner,
  LogInHandler,
  RefreshSessionHandler,
  LogOutHandler,
];

const contactProviders = [
  { provide: CONTACT_REPOSITORY, useClass: ContactTypeOrmRepository },
  CreateContactHandler,
  UpdateContactHandler,
  DeleteContactHandler,
  MakeContactPrimaryHandler,
  VerifyContactHandler,
  GetContactHandler,
  ListContactsHandler,
];

const profileProviders = [{ provide: PROFILE_REPOSITORY, useClass: ProfileTypeOrmRepository }, GetProfileHandler, UpdateProfileHandler];

const roleProviders = [
  { provide: ROLE_REPOSITORY, useClass: RoleTypeOrmRepository },
  // the no-escalation rule: a domain service (no framework decorators), built on the role port
  { provide: Privileges, inject: [ROLE_REPOSITORY], useFactory: (roles: RoleRepository) => new Privileges(roles) },
  CreateRoleHandler,
  UpdateRoleHandler,
  DeleteRoleHandler,
  GetRoleHandler,
  ListRolesHandler,
  ListPermissionsHandler,
];

/** Signed access tokens, their deny list, and the Authenticator the platform's global guard needs. */
const accessTokens = [
  { provide: AUTHENTICATOR, useClass: AccessTokenAuthenticator },
  PrincipalCache,
  JwtAccessTokens,
  { provide: ACCESS_TOKEN_ISSUER, useExisting: JwtAccessTokens },
  {
    provide: ACCESS_TOKEN_DENY_LIST,
    inject: [RedisConnection, AppConfig],
    useFactory: (redis: RedisConnection, config: AppConfig): AccessTokenDenyList =>
      redis.client ? new RedisAccessTokenDenyList(redis, config.EVENT_QUEUE_PREFIX) : new MemoryAccessTokenDenyList(),
  },
];

/** What other contexts receive of its events. */
const publications = [PublishUserRegistered, PublishUserEmailVerified];

/**
 * Identity: users and their sessions, contacts, profiles, roles and permissions. Owns the "identity"
 * schema and provides the platform's Authenticator; other contexts see only its contracts/.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserModel, SessionModel, ContactModel, ProfileModel, RoleModel]),
    JwtModule.registerAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => signingKeyOptions(signingKey(config)) }),
    ThrottlerModule.forRootAsync({ inject: [AppConfig, RedisConnection], useFactory: credentialRateLimits }),
  ],
  controllers: [
    AuthController,
    AccountController,
    UsersController,
    RolesController,
    PermissionsController,
    ContactsController,
    ProfilesController,
  ],
  providers: [
    ...userProviders,
    ...sessionProviders,
    ...contactProviders,
    ...profileProviders,
    ...roleProviders,
    ...accessTokens,
    ...publications,
  ],
})
export class IdentityModule {}
