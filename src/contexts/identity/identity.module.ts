import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { USER_REPOSITORY } from './domain/user.repository';
import { UserModel } from './infrastructure/persistence/user.model';
import { UserTypeOrmRepository } from './infrastructure/persistence/user.typeorm-repository';
import { CONTACT_REPOSITORY } from './domain/contact.repository';
import { ContactModel } from './infrastructure/persistence/contact.model';
import { ContactTypeOrmRepository } from './infrastructure/persistence/contact.typeorm-repository';
import { PROFILE_REPOSITORY } from './domain/profile.repository';
import { ProfileModel } from './infrastructure/persistence/profile.model';
import { ProfileTypeOrmRepository } from './infrastructure/persistence/profile.typeorm-repository';
import { ROLE_REPOSITORY } from './domain/role.repository';
import { RoleModel } from './infrastructure/persistence/role.model';
import { RoleTypeOrmRepository } from './infrastructure/persistence/role.typeorm-repository';
import { SESSION_REPOSITORY } from './domain/session.repository';
import { SessionModel } from './infrastructure/persistence/session.model';
import { SessionTypeOrmRepository } from './infrastructure/persistence/session.typeorm-repository';
import { SuspendUserHandler } from './application/suspend-user/suspend-user.handler';
import { UsersController } from './infrastructure/http/users.controller';
import { BanUserHandler } from './application/ban-user/ban-user.handler';
import { ActivateUserHandler } from './application/activate-user/activate-user.handler';
import { UnlockUserHandler } from './application/unlock-user/unlock-user.handler';
import { CreateContactHandler } from './application/create-contact/create-contact.handler';
import { ContactsController } from './infrastructure/http/contacts.controller';
import { VerifyContactHandler } from './application/verify-contact/verify-contact.handler';
import { CreateRoleHandler } from './application/create-role/create-role.handler';
import { RolesController } from './infrastructure/http/roles.controller';
import { GetUserHandler } from './application/get-user/get-user.handler';
import { GetContactHandler } from './application/get-contact/get-contact.handler';
import { GetRoleHandler } from './application/get-role/get-role.handler';
import { GetProfileHandler } from './application/get-profile/get-profile.handler';
import { ProfilesController } from './infrastructure/http/profiles.controller';

/** Identity: owns the "identity" schema; other contexts see only its contracts/. */
@Module({
  imports: [TypeOrmModule.forFeature([UserModel, ContactModel, ProfileModel, RoleModel, SessionModel])],
  controllers: [
    UsersController,
    ContactsController,
    RolesController,
    ProfilesController,
  ],
  providers: [
    { provide: USER_REPOSITORY, useClass: UserTypeOrmRepository },
    { provide: CONTACT_REPOSITORY, useClass: ContactTypeOrmRepository },
    { provide: PROFILE_REPOSITORY, useClass: ProfileTypeOrmRepository },
    { provide: ROLE_REPOSITORY, useClass: RoleTypeOrmRepository },
    { provide: SESSION_REPOSITORY, useClass: SessionTypeOrmRepository },
    SuspendUserHandler,
    BanUserHandler,
    ActivateUserHandler,
    UnlockUserHandler,
    CreateContactHandler,
    VerifyContactHandler,
    CreateRoleHandler,
    GetUserHandler,
    GetContactHandler,
    GetRoleHandler,
    GetProfileHandler,
  ],
})
export class IdentityModule {}
