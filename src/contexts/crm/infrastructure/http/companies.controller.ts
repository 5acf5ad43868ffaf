import { Controller, Get, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateCompany } from '../../application/create-company/create-company.command';
import { GetCompany } from '../../application/get-company/get-company.query';
import { CompanyResponse } from './company.response';

/** HTTP ⇄ commands and queries for companies. */
@ApiTags('crm')
@Controller('crm/companies')
export class CompaniesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('companies:write')
  @ApiOperation({ summary: 'Create a company' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createCompany(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateCompany()) };
  }

  @Get(':id')
  @RequirePermission('companies:read')
  @ApiOperation({ summary: 'Get a company' })
  @ApiOkResponse({ type: CompanyResponse })
  @ApiProblems(400, [404, 'COMPANY_NOT_FOUND'])
  async get(@UuidParam('id') id: string): Promise<CompanyResponse> {
    return CompanyResponse.from(await this.queries.execute(new GetCompany(id)));
  }
}
