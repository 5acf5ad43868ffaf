import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, InvalidEmail, Page } from '@promenade/ddd';
import { ApiProblems, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { CreateContact } from '../../application/create-contact/create-contact.command';
import { DeleteContact } from '../../application/delete-contact/delete-contact.command';
import { GetContact } from '../../application/get-contact/get-contact.query';
import { ListContacts } from '../../application/list-contacts/list-contacts.query';
import { MakeContactPrimary } from '../../application/make-contact-primary/make-contact-primary.command';
import { UpdateContact } from '../../application/update-contact/update-contact.command';
import { VerifyContact } from '../../application/verify-contact/verify-contact.command';
import {
  ContactAddressInvalid,
  ContactAlreadyVerified,
  ContactDuplicate,
  ContactNotFound,
  ContactPhoneInvalid,
  ContactValueInvalid,
} from '../../domain/contact/contact.errors';
import { UserNotFound } from '../../domain/user/user.errors';
import { ContactPage, ContactResponse } from './contact.response';
import { CreateContactRequest } from './create-contact.request';
import { ListContactsRequest } from './list-contacts.request';
import { UpdateContactRequest } from './update-contact.request';

const VALUE_INVALID = [InvalidEmail, ContactPhoneInvalid, ContactAddressInvalid, ContactValueInvalid];

/**
 * HTTP ⇄ commands and queries; each change answers with the contact as it now is. A caller without
 * the `:any` permission reaches only their own contacts: another user's answers 404 like a missing one.
 */
@ApiTags('identity')
@Controller('identity/contacts')
export class ContactsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('contacts:write')
  @ApiOperation({ summary: "Add an email, phone or postal address contact (yours, or with contacts:write:any anybody's)" })
  @ApiCreatedResponse({ type: ContactResponse })
  @ApiProblems(400, UserNotFound, ContactDuplicate, ConcurrencyConflict, ...VALUE_INVALID)
  async createContact(@Body() body: CreateContactRequest, @CurrentPrincipal() principal: Principal): Promise<ContactResponse> {
    const userId = principal.actFor('contacts:write', body.userId);
    const id = await this.commands.execute(
      new CreateContact(userId, body.type, { value: body.value, country: body.country, address: body.address }),
    );
    return this.read(id);
  }

  @Get()
  @RequirePermission('contacts:read')
  @ApiOperation({ summary: 'List contacts, newest first (only your own without contacts:read:any)' })
  @ApiOkResponse({ type: ContactPage })
  @ApiProblems(400)
  async listContacts(@Query() query: ListContactsRequest, @CurrentPrincipal() principal: Principal): Promise<Page<ContactResponse>> {
    const filter = { userId: principal.ownerScope('contacts:read', query.userId), type: query.type };
    const page = await this.queries.execute(new ListContacts(filter, query.page, query.limit, principal.ownerScope('contacts:read')));
    return { ...page, items: page.items.map(ContactResponse.from) };
  }

  @Get(':id')
  @RequirePermission('contacts:read')
  @ApiOperation({ summary: 'Get a contact' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(400, ContactNotFound)
  getContact(@UuidParam('id') id: string, @CurrentPrincipal() principal: Principal): Promise<ContactResponse> {
    return this.read(id, principal.ownerScope('contacts:read'));
  }

  @Patch(':id')
  @RequirePermission('contacts:write')
  @ApiOperation({ summary: "Change a contact's value (same type); this clears its verification" })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(400, ContactNotFound, ContactDuplicate, ConcurrencyConflict, ...VALUE_INVALID)
  async updateContact(
    @UuidParam('id') id: string,
    @Body() body: UpdateContactRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ContactResponse> {
    const ownerId = principal.ownerScope('contacts:write');
    await this.commands.execute(new UpdateContact(id, { value: body.value, country: body.country, address: body.address }, ownerId));
    return this.read(id, ownerId);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('contacts:write')
  @ApiOperation({ summary: 'Delete a contact; deleting the primary leaves its type without one' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, ContactNotFound, ConcurrencyConflict)
  async deleteContact(@UuidParam('id') id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.commands.execute(new DeleteContact(id, principal.ownerScope('contacts:write')));
  }

  @Post(':id/primary')
  @HttpCode(200)
  @RequirePermission('contacts:write')
  @ApiOperation({ summary: 'Make a contact the primary of its type, demoting the previous one' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(400, ContactNotFound, ConcurrencyConflict)
  async makeContactPrimary(@UuidParam('id') id: string, @CurrentPrincipal() principal: Principal): Promise<ContactResponse> {
    const ownerId = principal.ownerScope('contacts:write');
    await this.commands.execute(new MakeContactPrimary(id, ownerId));
    return this.read(id, ownerId);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @RequirePermission('contacts:verify')
  @ApiOperation({ summary: "Mark anybody's contact verified (staff: no code is sent to the user yet)" })
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(400, ContactNotFound, ContactAlreadyVerified, ConcurrencyConflict)
  async verifyContact(@UuidParam('id') id: string): Promise<ContactResponse> {
    await this.commands.execute(new VerifyContact(id));
    return this.read(id);
  }

  private async read(id: string, ownerId?: string): Promise<ContactResponse> {
    return ContactResponse.from(await this.queries.execute(new GetContact(id, ownerId)));
  }
}
