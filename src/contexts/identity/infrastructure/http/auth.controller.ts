import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NoStore, Principal, Public, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, InvalidEmail } from '@promenade/ddd';
import { ApiProblems } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { InvalidCredentials } from '../../application/auth/invalid-credentials.error';
import { TokenPair } from '../../application/auth/token-pair';
import { LogIn } from '../../application/log-in/log-in.command';
import { LogOut } from '../../application/log-out/log-out.command';
import { RefreshSession } from '../../application/refresh-session/refresh-session.command';
import { RegisterUser } from '../../application/register-user/register-user.command';
import { PasswordTooCommon, PasswordTooLong, PasswordTooShort } from '../../domain/user/password.errors';
import { ProfileInvalidDisplayName } from '../../domain/profile/profile.errors';
import { EmailAlreadyRegistered } from '../../domain/user/user.errors';
import { RateLimited } from './credential-rate-limits';
import { LoginRequest } from './login.request';
import { RefreshRequest } from './refresh.request';
import { RegisteredResponse } from './registered.response';
import { RegisterRequest } from './register.request';
import { TokenPairResponse } from './token-pair.response';

/** Registration, login, token refresh (rotating) and logout. */
@ApiTags('identity')
@Controller('identity/auth')
export class AuthController {
  constructor(private readonly commands: TransactionalCommandBus) {}

  @Post('register')
  @Public()
  @RateLimited('register')
  @ApiOperation({ summary: 'Register an account (role `user`); log in next' })
  @ApiCreatedResponse({ type: RegisteredResponse, description: "The new account's id and email." })
  @ApiProblems(
    400,
    EmailAlreadyRegistered,
    InvalidEmail,
    PasswordTooShort,
    PasswordTooLong,
    PasswordTooCommon,
    ProfileInvalidDisplayName,
    429,
  )
  registerUser(@Body() body: RegisterRequest): Promise<RegisteredResponse> {
    return this.commands.execute(new RegisterUser(body.email, body.password, body.displayName));
  }

  @Post('login')
  @Public()
  @RateLimited('login')
  @HttpCode(200)
  @NoStore()
  @ApiOperation({ summary: 'Log in: an access token (15 min) and a refresh token (7 days, single use)' })
  @ApiOkResponse({ type: TokenPairResponse, description: 'A new access token and refresh token.' })
  @ApiProblems(400, InvalidCredentials, 429)
  async logIn(@Body() body: LoginRequest): Promise<TokenPairResponse> {
    return answer(await this.commands.execute(new LogIn(body.email, body.password)));
  }

  @Post('refresh')
  @Public()
  @RateLimited('refresh')
  @HttpCode(200)
  @NoStore()
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; a token used twice ends its whole session' })
  @ApiOkResponse({ type: TokenPairResponse, description: 'A new access token and refresh token; the one sent is spent.' })
  @ApiProblems(400, InvalidCredentials, 429)
  async refreshSession(@Body() body: RefreshRequest): Promise<TokenPairResponse> {
    return answer(await this.commands.execute(new RefreshSession(body.refreshToken)));
  }

  @Post('logout')
  @RequirePermission('sessions:revoke')
  @HttpCode(204)
  @ApiOperation({ summary: 'Log out: this access token and the session (its refresh tokens) stop working' })
  @ApiNoContentResponse({ description: 'Logged out.' })
  @ApiProblems(ConcurrencyConflict)
  async logOut(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.commands.execute(new LogOut(principal.token.sessionId, principal.token.id, principal.token.expiresAt));
  }
}

/** The refusal is raised here, after the command committed what it recorded (a failed attempt, a revoked session). */
function answer(pair: TokenPair | undefined): TokenPairResponse {
  if (!pair) throw new InvalidCredentials();
  return TokenPairResponse.from(pair);
}
