import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { Command, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, InvalidEmail, Page } from '@promenade/ddd';
import { ApiProblems, PatternParam, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { AddCustomerTag } from '../../application/add-customer-tag/add-customer-tag.command';
import { AssignCustomer } from '../../application/assign-customer/assign-customer.command';
import { ChurnCustomer } from '../../application/churn-customer/churn-customer.command';
import { ConvertCustomer } from '../../application/convert-customer/convert-customer.command';
import { CreateCustomer } from '../../application/create-customer/create-customer.command';
import { DeleteCustomer } from '../../application/delete-customer/delete-customer.command';
import { DowngradeCustomer } from '../../application/downgrade-customer/downgrade-customer.command';
import { GetCustomer } from '../../application/get-customer/get-customer.query';
import { ListCustomers } from '../../application/list-customers/list-customers.query';
import { QualifyCustomer } from '../../application/qualify-customer/qualify-customer.command';
import { ReactivateCustomer } from '../../application/reactivate-customer/reactivate-customer.command';
import { RemoveCustomerTag } from '../../application/remove-customer-tag/remove-customer-tag.command';
import { UpdateCustomer } from '../../application/update-customer/update-customer.command';
import { UpgradeCustomer } from '../../application/upgrade-customer/upgrade-customer.command';
import { CUSTOMER_TAG_PATTERN } from '../../domain/customer/customer-tag';
import {
  CustomerChurnReasonRequired,
  CustomerCompanyNotFound,
  CustomerDetailsInvalid,
  CustomerEmailTaken,
  CustomerInvalidTransition,
  CustomerNotFound,
  CustomerSameRep,
  CustomerTagDuplicate,
  CustomerTagInvalid,
  CustomerTagMissing,
  CustomerTierNotHigher,
  CustomerTierNotLower,
} from '../../domain/customer/customer.errors';
import { AddCustomerTagRequest } from './add-customer-tag.request';
import { AssignCustomerRequest } from './assign-customer.request';
import { ChangeCustomerTierRequest } from './change-customer-tier.request';
import { ChurnCustomerRequest } from './churn-customer.request';
import { CreateCustomerRequest } from './create-customer.request';
import { CustomerPage, CustomerResponse } from './customer.response';
import { ListCustomersRequest, toCustomerSort } from './list-customers.request';
import { UpdateCustomerRequest } from './update-customer.request';

const DETAILS_INVALID = [InvalidEmail, CustomerDetailsInvalid, CustomerCompanyNotFound];
const TAG_MESSAGE = 'tag must be 1-50 letters, digits or ._:- starting with a letter or digit';

/**
 * HTTP ⇄ commands and queries; each change answers with the customer as it now is. A rep (without the
 * `:any` permission) reaches only the customers assigned to them: another rep's answers 404 like a
 * missing one (no existence leak), and naming another rep in a body or filter answers 403.
 */
@ApiTags('crm')
@Controller('crm/customers')
export class CustomersController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('customers:write')
  @ApiOperation({
    summary: 'Create a lead',
    description: 'Assigned to the rep named; a rep without `customers:write:any` may name only themselves.',
  })
  @ApiCreatedResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerEmailTaken, CustomerTagDuplicate, ...DETAILS_INVALID, CustomerTagInvalid)
  async createCustomer(@CurrentPrincipal() caller: Principal, @Body() body: CreateCustomerRequest): Promise<CustomerResponse> {
    const assignedTo = caller.actFor('customers:write', body.assignedTo);
    const id = await this.commands.execute(new CreateCustomer({ ...body, assignedTo }, caller.ownerScope('customers:read')));
    return this.read(id, caller.ownerScope('customers:write'));
  }

  @Get()
  @RequirePermission('customers:read')
  @ApiOperation({
    summary: 'List customers',
    description: 'Only the customers assigned to the caller unless they hold `customers:read:any`.',
  })
  @ApiOkResponse({ type: CustomerPage })
  @ApiProblems(400)
  async listCustomers(@CurrentPrincipal() caller: Principal, @Query() query: ListCustomersRequest): Promise<Page<CustomerResponse>> {
    const filter = {
      status: query.status,
      tier: query.tier,
      tag: query.tag?.trim().toLowerCase(),
      assignedTo: caller.ownerScope('customers:read', query.assignedTo),
      companyId: query.companyId,
      search: query.search?.trim() || undefined,
    };
    const listing = new ListCustomers(filter, toCustomerSort(query.sort), query.page, query.limit, caller.ownerScope('customers:read'));
    const page = await this.queries.execute(listing);
    return { ...page, items: page.items.map(CustomerResponse.from) };
  }

  @Get(':id')
  @RequirePermission('customers:read')
  @ApiOperation({
    summary: 'Get a customer',
    description: "Another rep's customer is not found unless the caller holds `customers:read:any`.",
  })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound)
  getCustomer(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<CustomerResponse> {
    return this.read(id, caller.ownerScope('customers:read'));
  }

  @Patch(':id')
  @RequirePermission('customers:write')
  @ApiOperation({ summary: "Change a customer's name, email, phone, source or company" })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerEmailTaken, ConcurrencyConflict, ...DETAILS_INVALID)
  async updateCustomer(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateCustomerRequest,
  ): Promise<CustomerResponse> {
    const ownerId = caller.ownerScope('customers:write');
    await this.commands.execute(new UpdateCustomer(id, { ...body }, ownerId));
    return this.read(id, ownerId);
  }

  @Delete(':id')
  @RequirePermission('customers:write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a customer', description: 'Soft: kept for its history, its email free for a new customer.' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, CustomerNotFound, ConcurrencyConflict)
  async deleteCustomer(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<void> {
    await this.commands.execute(new DeleteCustomer(id, caller.ownerScope('customers:write')));
  }

  @Post(':id/qualify')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Qualify a lead (lead → prospect)' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerInvalidTransition, ConcurrencyConflict)
  async qualifyCustomer(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<CustomerResponse> {
    return this.change(caller, id, (ownerId) => new QualifyCustomer(id, ownerId));
  }

  @Post(':id/convert')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Convert a prospect (prospect → customer; records convertedAt)' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerInvalidTransition, ConcurrencyConflict)
  async convertCustomer(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<CustomerResponse> {
    return this.change(caller, id, (ownerId) => new ConvertCustomer(id, ownerId));
  }

  @Post(':id/churn')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Churn a customer, with a reason (customer → churned; records churnedAt)' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerInvalidTransition, ConcurrencyConflict, CustomerChurnReasonRequired)
  async churnCustomer(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: ChurnCustomerRequest,
  ): Promise<CustomerResponse> {
    return this.change(caller, id, (ownerId) => new ChurnCustomer(id, body.reason, ownerId));
  }

  @Post(':id/reactivate')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reactivate a churned customer (churned → customer; clears the churn fields)' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerInvalidTransition, ConcurrencyConflict)
  async reactivateCustomer(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<CustomerResponse> {
    return this.change(caller, id, (ownerId) => new ReactivateCustomer(id, ownerId));
  }

  @Post(':id/upgrade')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a customer to a higher tier (free < basic < pro < enterprise)' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerTierNotHigher, ConcurrencyConflict)
  async upgradeCustomer(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: ChangeCustomerTierRequest,
  ): Promise<CustomerResponse> {
    return this.change(caller, id, (ownerId) => new UpgradeCustomer(id, body.tier, ownerId));
  }

  @Post(':id/downgrade')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a customer to a lower tier' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerTierNotLower, ConcurrencyConflict)
  async downgradeCustomer(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: ChangeCustomerTierRequest,
  ): Promise<CustomerResponse> {
    return this.change(caller, id, (ownerId) => new DowngradeCustomer(id, body.tier, ownerId));
  }

  @Post(':id/assign')
  @RequirePermission('customers:write:any')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Give a customer to another sales rep',
    description: "Reassigning is a manager's decision: needs `customers:write:any`.",
  })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerSameRep, ConcurrencyConflict)
  async assignCustomer(@UuidParam('id') id: string, @Body() body: AssignCustomerRequest): Promise<CustomerResponse> {
    await this.commands.execute(new AssignCustomer(id, body.repId));
    return this.read(id, undefined);
  }

  @Post(':id/tags')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tag a customer' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerTagDuplicate, ConcurrencyConflict, CustomerTagInvalid, CustomerDetailsInvalid)
  async addCustomerTag(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: AddCustomerTagRequest,
  ): Promise<CustomerResponse> {
    return this.change(caller, id, (ownerId) => new AddCustomerTag(id, body.tag, ownerId));
  }

  @Delete(':id/tags/:tag')
  @RequirePermission('customers:write')
  @ApiOperation({ summary: 'Remove a tag from a customer' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, CustomerNotFound, CustomerTagMissing, ConcurrencyConflict)
  async removeCustomerTag(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @PatternParam('tag', CUSTOMER_TAG_PATTERN, TAG_MESSAGE) tag: string,
  ): Promise<CustomerResponse> {
    return this.change(caller, id, (ownerId) => new RemoveCustomerTag(id, tag, ownerId));
  }

  /** Sends the change within the caller's write scope, then answers the customer as it now is. */
  private async change(caller: Principal, id: string, command: (ownerId: string | undefined) => Command<void>): Promise<CustomerResponse> {
    const ownerId = caller.ownerScope('customers:write');
    await this.commands.execute(command(ownerId));
    return this.read(id, ownerId);
  }

  /** The customer as it now is, within the same owner scope the route used. */
  private async read(id: string, ownerId: string | undefined): Promise<CustomerResponse> {
    return CustomerResponse.from(await this.queries.execute(new GetCustomer(id, ownerId)));
  }
}
