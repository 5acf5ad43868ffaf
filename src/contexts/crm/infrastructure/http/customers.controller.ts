import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateCustomer } from '../../application/create-customer/create-customer.command';
import { QualifyCustomer } from '../../application/qualify-customer/qualify-customer.command';
import { ConvertCustomer } from '../../application/convert-customer/convert-customer.command';
import { ChurnCustomer } from '../../application/churn-customer/churn-customer.command';
import { ReactivateCustomer } from '../../application/reactivate-customer/reactivate-customer.command';
import { UpgradeCustomer } from '../../application/upgrade-customer/upgrade-customer.command';
import { DowngradeCustomer } from '../../application/downgrade-customer/downgrade-customer.command';
import { AssignCustomer } from '../../application/assign-customer/assign-customer.command';
import { GetCustomer } from '../../application/get-customer/get-customer.query';
import { CustomerResponse } from './customer.response';

/** HTTP ⇄ commands and queries for customers. */
@ApiTags('crm')
@Controller('crm/customers')
export class CustomersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('customers:write')
  @ApiOperation({ summary: 'Create a customer' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createCustomer(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateCustomer()) };
  }

  @Post(':id/qualify')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Qualify a customer' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'CUSTOMER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async qualify(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new QualifyCustomer(id));
    return { id };
  }

  @Post(':id/convert')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Convert a customer' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'CUSTOMER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async convert(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ConvertCustomer(id));
    return { id };
  }

  @Post(':id/churn')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Churn a customer' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'CUSTOMER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async churn(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ChurnCustomer(id));
    return { id };
  }

  @Post(':id/reactivate')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reactivate a customer' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'CUSTOMER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async reactivate(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ReactivateCustomer(id));
    return { id };
  }

  @Post(':id/upgrade')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Upgrade a customer' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'CUSTOMER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async upgrade(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new UpgradeCustomer(id));
    return { id };
  }

  @Post(':id/downgrade')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Downgrade a customer' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'CUSTOMER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async downgrade(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new DowngradeCustomer(id));
    return { id };
  }

  @Post(':id/assign')
  @RequirePermission('customers:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign a customer' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'CUSTOMER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async assign(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new AssignCustomer(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('customers:read')
  @ApiOperation({ summary: 'Get a customer' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, [404, 'CUSTOMER_NOT_FOUND'])
  async get(@UuidParam('id') id: string): Promise<CustomerResponse> {
    return CustomerResponse.from(await this.queries.execute(new GetCustomer(id)));
  }
}
