import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateContact } from '../../application/create-contact/create-contact.command';
import { VerifyContact } from '../../application/verify-contact/verify-contact.command';
import { GetContact } from '../../application/get-contact/get-contact.query';
import { ContactResponse } from './contact.response';

/** HTTP ⇄ commands and queries for contacts. */
@ApiTags('identity')
@Controller('identity/contacts')
export class ContactsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a contact' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createContact(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateContact()) };
  }

  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a contact' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'CONTACT_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async verify(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new VerifyContact(id));
    return { id };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a contact' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(400, [404, 'CONTACT_NOT_FOUND'])
  async get(@UuidParam('id') id: string): Promise<ContactResponse> {
    return ContactResponse.from(await this.queries.execute(new GetContact(id)));
  }
}
