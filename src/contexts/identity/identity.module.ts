import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUTHENTICATOR } from '@promenade/auth';
import { AppConfig } from '@promenade/config';
import { RedisConnection } from '@promenade/platform';
// application: use cases
import { ActivateUserHandler } from './application/activate-user/activate-user.handler';
import { AssignUserRolesHandler } from './application/assign-user-roles/assign-user-roles.handler';
import { ACCESS_TOKEN_DENY_LIST, AccessTokenDenyList } from './application/auth/access-token-deny-list';
import { ACCESS_TOKEN_ISSUER } from './application/auth/access-token-issuer';
import { SessionTokens } from './application/auth/session-tokens';
import { BanUserHandler } from './application/ban-user/ban-user.handler';
import { ChangePasswordHandler } from './application/change-password/change-password.handler';
import { CreateAdminHandler } from './application/create-admin/create-admin.handler';
import { CreateContactHandler } from './application/create-contact/create-contact.handler';
import { CreateRoleHandler } from './application/create-role/create-role.handler';
import { DeleteContactHandler } from './application/delete-contact/delete-contact.handler';
import { DeleteRoleHandler } from './application/delete-role/delete-role.handler';
import { GetContactHandler } from './application/get-contact/get-contact.handler';
import { GetProfileHandler } from './application/get-profile/get-profile.handler';
import { GetRoleHandler } from './application/get-role/get-role.handler';
import { GetUserHandler } from './application/get-user/get-user.handler';
import { ListContactsHandler } from './application/list-contacts/list-contacts.handler';
import { ListPermissionsHandler } from './application/list-permissions/list-permissions.handler';
import { ListRolesHandler } from './application/list-roles/list-roles.handler';
import { ListUsersHandler } from './application/list-users/list-users.handler';
import { LogInHandler } from './application/log-in/log-in.handler';
import { LogOutHandler } from './application/log-out/log-out.handler';
import { MakeContactPrimaryHandler } from './application/make-contact-primary/make-contact-primary.handler';
import { RefreshSessionHandler } from './application/refresh-session/refresh-session.handler';
import { RegisterUserHandler } from './application/register-user/register-user.handler';
import { SuspendUserHandler } from './application/suspend-user/suspend-user.handler';
import { UnlockUserHandler } from './application/unlock-user/unlock-user.handler';
import { UpdateContactHandler } from './application/update-contact/update-contact.handler';
import { UpdateProfileHandler } from './application/update-profile/update-profile.handler';
import { UpdateRoleHandler } from './application/update-role/update-role.handler';
import { VerifyContactHandler } from './application/verify-contact/verify-contact.handler';
// domain: ports and services
import { CONTACT_REPOSITORY } from './domain/contact/contact.repository';
import { PASSWORD_HASHER } from './domain/user/password-hasher';
import { Privileges } from './domain/role/privilege';
import { PROFILE_REPOSITORY } from './domain/profile/profile.repository';
import { ROLE_REPOSITORY, RoleRepository } from './domain/role/role.repository';
import { SESSION_REPOSITORY } from './domain/session/session.repository';
import { USER_REPOSITORY } from './domain/user/user.repository';
// infrastructure: tokens and passwords
import { AccessTokenAuthenticator } from './infrastructure/auth/access-token.authenticator';
import { AdministratorHint } from './infrastructure/auth/administrator-hint';
import { Argon2PasswordHasher } from './infrastructure/auth/argon2-password.hasher';
import { JwtAccessTokens } from './infrastructure/auth/jwt-access-tokens';
import { MemoryAccessTokenDenyList } from './infrastructure/auth/memory-access-token.deny-list';
import { RedisAccessTokenDenyList } from './infrastructure/auth/redis-access-token.deny-list';
import { signingKey } from './infrastructure/auth/signing-key';
// infrastructure: HTTP
import { AccountController } from './infrastructure/http/account.controller';
import { AuthController } from './infrastructure/http/auth.controller';
import { ContactsController } from './infrastructure/http/contacts.controller';
import { credentialRateLimits } from './infrastructure/http/credential-rate-limits';
import { PermissionsController } from './infrastructure/http/permissions.controller';
import { ProfilesController } from './infrastructure/http/profiles.controller';
import { RolesController } from './infrastructure/http/roles.controller';
import { UsersController } from './infrastructure/http/users.controller';
// infrastructure: persistence
import { ContactModel } from './infrastructure/persistence/contact.model';
import { ContactTypeOrmRepository } from './infrastructure/persistence/contact.typeorm-repository';
import { ProfileModel } from './infrastructure/persistence/profile.model';
import { ProfileTypeOrmRepository } from './infrastructure/persistence/profile.typeorm-repository';
import { RoleModel } from './infrastructure/persistence/role.model';
import { RoleTypeOrmRepository } from './infrastructure/persistence/role.typeorm-repository';
import { SessionModel } from './infrastructure/persistence/session.model';
import { SessionPruner } from './infrastructure/persistence/session-pruner';
import { SessionTypeOrmRepository } from './infrastructure/persistence/session.typeorm-repository';
import { UserModel } from './infrastructure/persistence/user.model';
import { UserTypeOrmRepository } from './infrastructure/persistence/user.typeorm-repository';
import { PublishUserRegistered } from './application/publications/publish-user-registered';
import { PublishUserEmailVerified } from './application/publications/publish-user-email-verified';

/**
 * Identity: users and their sessions, contacts, profiles, roles and permissions. Owns the "identity"
 * schema and provides the platform's Authenticator; other contexts see only its contracts/.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserModel, SessionModel, ContactModel, ProfileModel, RoleModel]),
    JwtModule.registerAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ secret: signingKey(config) }) }),
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
    // repositories
    { provide: USER_REPOSITORY, useClass: UserTypeOrmRepository },
    { provide: SESSION_REPOSITORY, useClass: SessionTypeOrmRepository },
    { provide: CONTACT_REPOSITORY, useClass: ContactTypeOrmRepository },
    { provide: PROFILE_REPOSITORY, useClass: ProfileTypeOrmRepository },
    { provide: ROLE_REPOSITORY, useClass: RoleTypeOrmRepository },
    // tokens, passwords, the guard's Authenticator
    { provide: AUTHENTICATOR, useClass: AccessTokenAuthenticator },
    { provide: PASSWORD_HASHER, useClass: Argon2PasswordHasher },
    JwtAccessTokens,
    { provide: ACCESS_TOKEN_ISSUER, useExisting: JwtAccessTokens },
    {
      provide: ACCESS_TOKEN_DENY_LIST,
      inject: [RedisConnection, AppConfig],
      useFactory: (redis: RedisConnection, config: AppConfig): AccessTokenDenyList =>
        redis.client ? new RedisAccessTokenDenyList(redis, config.EVENT_QUEUE_PREFIX) : new MemoryAccessTokenDenyList(),
    },
    SessionTokens,
    SessionPruner,
    AdministratorHint,
    // the no-escalation rule: a domain service (no framework decorators), built on the role port
    { provide: Privileges, inject: [ROLE_REPOSITORY], useFactory: (roles: RoleRepository) => new Privileges(roles) },
    // accounts and sessions
    RegisterUserHandler,
    LogInHandler,
    RefreshSessionHandler,
    LogOutHandler,
    ChangePasswordHandler,
    CreateAdminHandler,
    GetUserHandler,
    // administration
    ListUsersHandler,
    SuspendUserHandler,
    BanUserHandler,
    ActivateUserHandler,
    UnlockUserHandler,
    AssignUserRolesHandler,
    CreateRoleHandler,
    UpdateRoleHandler,
    DeleteRoleHandler,
    GetRoleHandler,
    ListRolesHandler,
    ListPermissionsHandler,
    // contacts
    CreateContactHandler,
    UpdateContactHandler,
    DeleteContactHandler,
    MakeContactPrimaryHandler,
    VerifyContactHandler,
    GetContactHandler,
    ListContactsHandler,
    // profiles
    GetProfileHandler,
    UpdateProfileHandler,
    // what other contexts receive of its events
    PublishUserRegistered,
    PublishUserEmailVerified,
  ],
})
export class IdentityModule {}
