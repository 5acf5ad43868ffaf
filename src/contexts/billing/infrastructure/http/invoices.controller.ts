import { Body, Controller, Get, Headers, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, InvalidCurrency, InvalidMoneyAmount, Money, Page } from '@promenade/ddd';
import { ApiProblems, RequireIdempotencyKey, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import type { FastifyReply } from 'fastify';
import { CreateInvoice } from '../../application/create-invoice/create-invoice.command';
import { GetInvoice } from '../../application/get-invoice/get-invoice.query';
import { IssueCreditNote } from '../../application/issue-credit-note/issue-credit-note.command';
import { IssueInvoice } from '../../application/issue-invoice/issue-invoice.command';
import { ListInvoices } from '../../application/list-invoices/list-invoices.query';
import { UpdateInvoice } from '../../application/update-invoice/update-invoice.command';
import { VoidInvoice } from '../../application/void-invoice/void-invoice.command';
import {
  CreditExceedsCreditable,
  CreditReasonRequired,
  InvoiceAmountInvalid,
  InvoiceCurrencyUnavailable,
  InvoiceDueDateInvalid,
  InvoiceEmpty,
  InvoiceLineCurrencyMismatch,
  InvoiceLineInvalid,
  InvoiceNotCreditable,
  InvoiceNotDraft,
  InvoiceNotFound,
  InvoiceNotVoidable,
  InvoiceSourceReferenceTaken,
} from '../../domain/invoice/invoice.errors';
import { InvoicePaymentOpen } from '../../domain/payment/payment.errors';
import { CreateInvoiceRequest } from './create-invoice.request';
import { CreditInvoiceRequest } from './credit-invoice.request';
import { InvoicePdfRenderer } from './invoice-pdf.renderer';
import { InvoicePage, InvoiceResponse } from './invoice.response';
import { ListInvoicesRequest } from './list-invoices.request';
import { UpdateInvoiceRequest } from './update-invoice.request';

const PDF = 'application/pdf';

/**
 * HTTP ⇄ commands and queries for invoices and credit notes; each change answers with the document as it now is.
 * Staff (`invoices:write`) create and move them; a customer reads their own: another customer's invoice answers
 * 404 like a missing one unless the caller holds `invoices:read:any`.
 */
@ApiTags('billing')
@Controller('billing/invoices')
export class InvoicesController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
    private readonly pdf: InvoicePdfRenderer,
  ) {}

  @Post()
  @RequirePermission('invoices:write')
  @ApiOperation({ summary: 'Create a draft invoice for a customer', description: 'It gets its number when issued.' })
  @ApiCreatedResponse({ type: InvoiceResponse })
  @ApiProblems(
    400,
    InvalidCurrency,
    InvalidMoneyAmount,
    InvoiceLineCurrencyMismatch,
    InvoiceLineInvalid,
    InvoiceDueDateInvalid,
    InvoiceCurrencyUnavailable,
    InvoiceSourceReferenceTaken,
  )
  async createInvoice(@Body() body: CreateInvoiceRequest): Promise<InvoiceResponse> {
    const id = await this.commands.execute(new CreateInvoice(body));
    return this.read(id);
  }

  @Get()
  @RequirePermission('invoices:read')
  @ApiOperation({
    summary: 'List invoices and credit notes, newest first',
    description: "Only the caller's own unless they hold `invoices:read:any`.",
  })
  @ApiOkResponse({ type: InvoicePage })
  @ApiProblems(400)
  async listInvoices(@CurrentPrincipal() caller: Principal, @Query() query: ListInvoicesRequest): Promise<Page<InvoiceResponse>> {
    const filter = { customerId: caller.ownerScope('invoices:read', query.customerId), status: query.status, kind: query.kind };
    const page = await this.queries.execute(new ListInvoices(filter, query.page, query.limit, caller.ownerScope('invoices:read')));
    return { ...page, items: page.items.map(InvoiceResponse.from) };
  }

  @Get(':id')
  @RequirePermission('invoices:read')
  @ApiOperation({
    summary: 'Get an invoice (JSON, or the PDF with Accept: application/pdf)',
    description: "Another customer's invoice is not found unless the caller holds `invoices:read:any`.",
  })
  @ApiProduces('application/json', PDF)
  @ApiOkResponse({ type: InvoiceResponse })
  @ApiProblems(400, InvoiceNotFound)
  async getInvoice(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InvoiceResponse | Buffer> {
    const invoice = await this.queries.execute(new GetInvoice(id, caller.ownerScope('invoices:read')));
    if (accept?.includes(PDF)) return this.sendPdf(reply, await this.pdf.render(invoice), invoice.number ?? invoice.id);
    return InvoiceResponse.from(invoice);
  }

  @Get(':id/pdf')
  @RequirePermission('invoices:read')
  @ApiOperation({ summary: 'Get an invoice as a PDF document', description: 'Seller, buyer, number, dates, lines, tax and totals.' })
  @ApiProduces(PDF)
  @ApiOkResponse({ description: 'The PDF document.', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, InvoiceNotFound)
  async getInvoicePdf(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const invoice = await this.queries.execute(new GetInvoice(id, caller.ownerScope('invoices:read')));
    return this.sendPdf(reply, await this.pdf.render(invoice), invoice.number ?? invoice.id);
  }

  @Patch(':id')
  @RequirePermission('invoices:write')
  @ApiOperation({ summary: "Change a draft's lines, due date or notes" })
  @ApiOkResponse({ type: InvoiceResponse })
  @ApiProblems(
    400,
    InvoiceNotFound,
    InvoiceNotDraft,
    ConcurrencyConflict,
    InvalidCurrency,
    InvalidMoneyAmount,
    InvoiceLineCurrencyMismatch,
    InvoiceLineInvalid,
    InvoiceDueDateInvalid,
  )
  async updateInvoice(@UuidParam('id') id: string, @Body() body: UpdateInvoiceRequest): Promise<InvoiceResponse> {
    await this.commands.execute(new UpdateInvoice(id, { lines: body.lines, dueDate: body.dueDate, notes: body.notes }));
    return this.read(id);
  }

  @Post(':id/issue')
  @RequirePermission('invoices:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Issue a draft invoice', description: 'It gets the next number of its year (INV-2026-000001), with no gaps.' })
  @ApiOkResponse({ type: InvoiceResponse })
  @ApiProblems(400, InvoiceNotFound, InvoiceNotDraft, InvoiceEmpty, ConcurrencyConflict)
  async issueInvoice(@UuidParam('id') id: string): Promise<InvoiceResponse> {
    await this.commands.execute(new IssueInvoice(id));
    return this.read(id);
  }

  @Post(':id/void')
  @RequirePermission('invoices:write')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Void an issued invoice nothing was paid on',
    description:
      'A paid one is credited instead. Refused while a payment on it is pending or requires action (409 `INVOICE_PAYMENT_OPEN`).',
  })
  @ApiOkResponse({ type: InvoiceResponse })
  @ApiProblems(400, InvoiceNotFound, InvoiceNotVoidable, InvoicePaymentOpen, ConcurrencyConflict)
  async voidInvoice(@UuidParam('id') id: string): Promise<InvoiceResponse> {
    await this.commands.execute(new VoidInvoice(id));
    return this.read(id);
  }

  @Post(':id/credit')
  @RequirePermission('invoices:write')
  @RequireIdempotencyKey()
  @ApiOperation({
    summary: 'Credit an invoice: issue a credit note',
    description:
      'Gives back part or all of what was paid and not yet credited; answers the credit note (CN-2026-000001). ' +
      'Idempotency-Key is required: a retry after a lost answer gets the same credit note, never a second.',
  })
  @ApiCreatedResponse({ type: InvoiceResponse })
  @ApiProblems(
    400,
    InvoiceNotFound,
    InvoiceNotCreditable,
    CreditExceedsCreditable,
    CreditReasonRequired,
    InvoiceAmountInvalid,
    InvoiceLineInvalid,
    InvalidCurrency,
    ConcurrencyConflict,
  )
  async creditInvoice(@UuidParam('id') id: string, @Body() body: CreditInvoiceRequest): Promise<InvoiceResponse> {
    const amount = body.amount ? Money.of(body.amount.amount, body.amount.currency) : undefined;
    const creditNoteId = await this.commands.execute(new IssueCreditNote({ invoiceId: id, amount, reason: body.reason }));
    return this.read(creditNoteId);
  }

  private async read(id: string): Promise<InvoiceResponse> {
    return InvoiceResponse.from(await this.queries.execute(new GetInvoice(id)));
  }

  private sendPdf(reply: FastifyReply, document: Buffer, name: string): Buffer {
    reply.header('content-type', PDF).header('content-disposition', `inline; filename="${name}.pdf"`);
    return document;
  }
}
