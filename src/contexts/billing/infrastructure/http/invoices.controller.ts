import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { TransactionalCommandBus } from '@promenade/platform';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateInvoice } from '../../application/create-invoice/create-invoice.command';
import { IssueInvoice } from '../../application/issue-invoice/issue-invoice.command';
import { ConcurrencyConflict } from '@promenade/ddd';
import { InvoiceNotFound } from '../../domain/invoice/invoice.errors';
import { CreditInvoice } from '../../application/credit-invoice/credit-invoice.command';
import { UpdateInvoice } from '../../application/update-invoice/update-invoice.command';
import { GetInvoice } from '../../application/get-invoice/get-invoice.query';
import { InvoiceResponse } from './invoice.response';
import { VoidInvoice } from '../../application/void-invoice/void-invoice.command';

/** HTTP ⇄ commands and queries for invoices. */
@ApiTags('billing')
@Controller('billing/invoices')
export class InvoicesController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('invoices:write')
  @ApiOperation({ summary: 'Create an invoice' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createInvoice(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateInvoice()) };
  }

  @Post(':id/issue')
  @RequirePermission('invoices:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Issue an invoice' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, InvoiceNotFound, ConcurrencyConflict)
  async issueInvoice(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new IssueInvoice(id));
    return { id };
  }

  @Post(':id/credit')
  @RequirePermission('invoices:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Credit an invoice' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, InvoiceNotFound, ConcurrencyConflict)
  async creditInvoice(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new CreditInvoice(id));
    return { id };
  }

  @Post(':id/update')
  @RequirePermission('invoices:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Update an invoice' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, InvoiceNotFound, ConcurrencyConflict)
  async updateInvoice(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new UpdateInvoice(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('invoices:read')
  @ApiOperation({ summary: 'Get an invoice' })
  @ApiOkResponse({ type: InvoiceResponse })
  @ApiProblems(400, InvoiceNotFound)
  async getInvoice(@UuidParam('id') id: string): Promise<InvoiceResponse> {
    return InvoiceResponse.from(await this.queries.execute(new GetInvoice(id)));
  }

  @Post(':id/void')
  @RequirePermission('invoices:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Void an invoice' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, InvoiceNotFound, ConcurrencyConflict)
  async voidInvoice(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new VoidInvoice(id));
    return { id };
  }
}
