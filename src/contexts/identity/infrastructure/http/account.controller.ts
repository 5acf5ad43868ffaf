import { Body, Controller, Get, HttpCode, Patch } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict } from '@promenade/ddd';
import { ApiProblems } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { ChangePassword } from '../../application/change-password/change-password.command';
import { CurrentPasswordIncorrect } from '../../application/change-password/current-password-incorrect.error';
import { GetProfile } from '../../application/get-profile/get-profile.query';
import { GetUser } from '../../application/get-user/get-user.query';
import { ProfileNotFound } from '../../domain/profile/profile.errors';
import { PasswordTooCommon, PasswordTooLong, PasswordTooShort } from '../../domain/user/password.errors';
import { AccountResponse } from './account.response';
import { ChangePasswordRequest } from './change-password.request';
import { RateLimited } from './credential-rate-limits';

/** The caller's own account. */
@ApiTags('identity')
@Controller('identity/users/me')
export class AccountController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('account:read')
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: AccountResponse })
  @ApiProblems(ProfileNotFound)
  async getCurrentUser(@CurrentPrincipal() principal: Principal): Promise<AccountResponse> {
    const user = await this.queries.execute(new GetUser(principal.userId));
    return AccountResponse.of(user, await this.queries.execute(new GetProfile(user.id, { userId: user.id, readsPrivate: false })));
  }

  @Patch('password')
  @RequirePermission('account:update')
  @RateLimited('login') // a stolen access token must not buy unlimited guesses at the current password
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your password; every session ends (log in again with the new one)' })
  @ApiNoContentResponse({ description: 'Changed; all of your tokens are revoked.' })
  @ApiProblems(400, ConcurrencyConflict, CurrentPasswordIncorrect, PasswordTooShort, PasswordTooLong, PasswordTooCommon, 429)
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordRequest): Promise<void> {
    await this.commands.execute(new ChangePassword(principal.userId, body.currentPassword, body.newPassword));
  }
}
