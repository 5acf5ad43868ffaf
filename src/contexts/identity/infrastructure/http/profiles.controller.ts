import { Controller, Get } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, UuidParam } from '@promenade/http';
import { GetProfile } from '../../application/get-profile/get-profile.query';
import { ProfileResponse } from './profile.response';

/** HTTP ⇄ commands and queries for profiles. */
@ApiTags('identity')
@Controller('identity/profiles')
export class ProfilesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'Get a profile' })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiProblems(400, [404, 'PROFILE_NOT_FOUND'])
  async get(@UuidParam('id') id: string): Promise<ProfileResponse> {
    return ProfileResponse.from(await this.queries.execute(new GetProfile(id)));
  }
}
