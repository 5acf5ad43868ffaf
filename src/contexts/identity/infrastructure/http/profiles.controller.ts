import { Body, Controller, Get, Put } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { BEARER_SCHEME, CurrentPrincipal, Principal, Public, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict } from '@promenade/ddd';
import { ApiProblems, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { GetProfile } from '../../application/get-profile/get-profile.query';
import { UpdateProfile } from '../../application/update-profile/update-profile.command';
import { ProfileReader } from '../../domain/profile/profile.aggregate';
import {
  ProfileInvalidAvatarUrl,
  ProfileInvalidBio,
  ProfileInvalidDisplayName,
  ProfileInvalidLocale,
  ProfileInvalidSocialLinks,
  ProfileInvalidTimezone,
  ProfileNotFound,
} from '../../domain/profile/profile.errors';
import { ProfileResponse } from './profile.response';
import { UpdateProfileRequest } from './update-profile.request';

const PROFILE_RULES = [
  ProfileInvalidDisplayName,
  ProfileInvalidBio,
  ProfileInvalidAvatarUrl,
  ProfileInvalidLocale,
  ProfileInvalidTimezone,
  ProfileInvalidSocialLinks,
];

/** HTTP ⇄ commands and queries for profiles: your own under `me`, anyone's by user id. */
@ApiTags('identity')
@Controller('identity/profiles')
export class ProfilesController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('me')
  @RequirePermission('account:read')
  @ApiOperation({ summary: 'Get your own profile' })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiProblems(ProfileNotFound)
  getMyProfile(@CurrentPrincipal() principal: Principal): Promise<ProfileResponse> {
    return this.read(principal.userId, { userId: principal.userId, readsPrivate: false });
  }

  @Put('me')
  @RequirePermission('account:update')
  @ApiOperation({
    summary: 'Replace your own profile',
    description:
      'The body is the whole profile: an optional field left out, null or blank is cleared. Sending the profile unchanged changes nothing (same version).',
  })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiProblems(400, ProfileNotFound, ConcurrencyConflict, ...PROFILE_RULES)
  async replaceMyProfile(@CurrentPrincipal() principal: Principal, @Body() body: UpdateProfileRequest): Promise<ProfileResponse> {
    await this.commands.execute(new UpdateProfile(principal.userId, body));
    return this.read(principal.userId, { userId: principal.userId, readsPrivate: false });
  }

  @Get(':userId')
  @Public()
  @ApiSecurity({})
  @ApiBearerAuth(BEARER_SCHEME)
  @ApiOperation({
    summary: "Get a user's profile",
    description:
      'A public profile is answered to anyone, without a token. A private one only to its owner or to a caller holding `profiles:read` ' +
      '(send your bearer token); to anyone else it answers 404 `PROFILE_NOT_FOUND`, exactly as for a user without a profile, so whether it exists does not leak.',
  })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiProblems(400, ProfileNotFound)
  getProfile(@UuidParam('userId') userId: string, @CurrentPrincipal() principal: Principal | undefined): Promise<ProfileResponse> {
    return this.read(userId, { userId: principal?.userId, readsPrivate: principal?.can('profiles:read') ?? false });
  }

  private async read(userId: string, reader: ProfileReader): Promise<ProfileResponse> {
    return ProfileResponse.from(await this.queries.execute(new GetProfile(userId, reader)));
  }
}
