import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, InvalidCurrency, InvalidMoneyAmount, Page } from '@promenade/ddd';
import { ApiProblems, PageQuery, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { CreateCompany } from '../../application/create-company/create-company.command';
import { DeleteCompany } from '../../application/delete-company/delete-company.command';
import { GetCompany } from '../../application/get-company/get-company.query';
import { ListCompanies } from '../../application/list-companies/list-companies.query';
import { ListSubsidiaries } from '../../application/list-subsidiaries/list-subsidiaries.query';
import { SetCompanyParent } from '../../application/set-company-parent/set-company-parent.command';
import { UpdateCompany } from '../../application/update-company/update-company.command';
import {
  CompanyDetailsInvalid,
  CompanyHasSubsidiaries,
  CompanyHierarchyCycle,
  CompanyNameTaken,
  CompanyNotFound,
  CompanyParentNotFound,
  CompanyParentSelf,
} from '../../domain/company/company.errors';
import { CompanyPage, CompanyResponse } from './company.response';
import { CreateCompanyRequest } from './create-company.request';
import { ListCompaniesRequest } from './list-companies.request';
import { SetCompanyParentRequest } from './set-company-parent.request';
import { UpdateCompanyRequest } from './update-company.request';

/** The rules on each field's value, answered 422 by the domain. */
const DETAILS_INVALID = [CompanyDetailsInvalid, InvalidCurrency, InvalidMoneyAmount];

/**
 * HTTP ⇄ commands and queries for companies; each change answers with the company as it now is.
 * Companies belong to nobody in particular: `companies:read` / `companies:write` reach them all.
 */
@ApiTags('crm')
@Controller('crm/companies')
export class CompaniesController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('companies:write')
  @ApiOperation({ summary: 'Create a company', description: 'Top-level, or under a live parent company (`parentId`).' })
  @ApiCreatedResponse({ type: CompanyResponse })
  @ApiProblems(400, CompanyNameTaken, CompanyHierarchyCycle, ...DETAILS_INVALID, CompanyParentNotFound, CompanyParentSelf)
  async createCompany(@Body() body: CreateCompanyRequest): Promise<CompanyResponse> {
    const { parentId, ...details } = body;
    const id = await this.commands.execute(new CreateCompany(details, parentId ?? null));
    return this.read(id);
  }

  @Get()
  @RequirePermission('companies:read')
  @ApiOperation({ summary: 'List live companies, newest first', description: 'Filtered by part of the name, legal type, size or parent.' })
  @ApiOkResponse({ type: CompanyPage })
  @ApiProblems(400)
  async listCompanies(@Query() query: ListCompaniesRequest): Promise<Page<CompanyResponse>> {
    const filter = { search: query.search, legalType: query.legalType, size: query.size, parentId: query.parentId };
    const page = await this.queries.execute(new ListCompanies(filter, query.page, query.limit));
    return { ...page, items: page.items.map(CompanyResponse.from) };
  }

  @Get(':id')
  @RequirePermission('companies:read')
  @ApiOperation({ summary: 'Get a company', description: 'A deleted company is not found.' })
  @ApiOkResponse({ type: CompanyResponse })
  @ApiProblems(400, CompanyNotFound)
  getCompany(@UuidParam('id') id: string): Promise<CompanyResponse> {
    return this.read(id);
  }

  @Patch(':id')
  @RequirePermission('companies:write')
  @ApiOperation({
    summary: "Change some of a company's fields",
    description: 'Left out: unchanged; null clears an optional field. The parent is changed with PUT …/parent.',
  })
  @ApiOkResponse({ type: CompanyResponse })
  @ApiProblems(400, CompanyNotFound, CompanyNameTaken, ConcurrencyConflict, ...DETAILS_INVALID)
  async updateCompany(@UuidParam('id') id: string, @Body() body: UpdateCompanyRequest): Promise<CompanyResponse> {
    await this.commands.execute(new UpdateCompany(id, body));
    return this.read(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('companies:write')
  @ApiOperation({
    summary: 'Delete a company (soft)',
    description: 'Refused while live subsidiaries hang under it: move or delete them first.',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, CompanyNotFound, CompanyHasSubsidiaries, ConcurrencyConflict)
  async deleteCompany(@UuidParam('id') id: string): Promise<void> {
    await this.commands.execute(new DeleteCompany(id));
  }

  @Put(':id/parent')
  @RequirePermission('companies:write')
  @ApiOperation({
    summary: 'Move a company under another, or to the top with null',
    description: 'The parent must be live, not the company itself and not below it at any depth (no cycle).',
  })
  @ApiOkResponse({ type: CompanyResponse })
  @ApiProblems(400, CompanyNotFound, CompanyHierarchyCycle, ConcurrencyConflict, CompanyParentSelf, CompanyParentNotFound)
  async setCompanyParent(@UuidParam('id') id: string, @Body() body: SetCompanyParentRequest): Promise<CompanyResponse> {
    await this.commands.execute(new SetCompanyParent(id, body.parentId));
    return this.read(id);
  }

  @Get(':id/subsidiaries')
  @RequirePermission('companies:read')
  @ApiOperation({ summary: "List a company's live direct subsidiaries, newest first" })
  @ApiOkResponse({ type: CompanyPage })
  @ApiProblems(400, CompanyNotFound)
  async listSubsidiaries(@UuidParam('id') id: string, @Query() query: PageQuery): Promise<Page<CompanyResponse>> {
    const page = await this.queries.execute(new ListSubsidiaries(id, query.page, query.limit));
    return { ...page, items: page.items.map(CompanyResponse.from) };
  }

  private async read(id: string): Promise<CompanyResponse> {
    return CompanyResponse.from(await this.queries.execute(new GetCompany(id)));
  }
}
