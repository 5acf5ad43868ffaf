import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { TransactionalCommandBus } from '@promenade/platform';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreatePayment } from '../../application/create-payment/create-payment.command';
import { RefundPayment } from '../../application/refund-payment/refund-payment.command';
import { ConcurrencyConflict } from '@promenade/ddd';
import { PaymentNotFound } from '../../domain/payment/payment.errors';
import { ConfirmPayment } from '../../application/confirm-payment/confirm-payment.command';
import { GetPayment } from '../../application/get-payment/get-payment.query';
import { PaymentResponse } from './payment.response';

/** HTTP ⇄ commands and queries for payments. */
@ApiTags('billing')
@Controller('billing/payments')
export class PaymentsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('payments:write')
  @ApiOperation({ summary: 'Create a payment' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createPayment(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreatePayment()) };
  }

  @Post(':id/refund')
  @RequirePermission('payments:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refund a payment' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, PaymentNotFound, ConcurrencyConflict)
  async refundPayment(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new RefundPayment(id));
    return { id };
  }

  @Post(':id/confirm')
  @RequirePermission('payments:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a payment' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, PaymentNotFound, ConcurrencyConflict)
  async confirmPayment(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ConfirmPayment(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('payments:read')
  @ApiOperation({ summary: 'Get a payment' })
  @ApiOkResponse({ type: PaymentResponse })
  @ApiProblems(400, PaymentNotFound)
  async getPayment(@UuidParam('id') id: string): Promise<PaymentResponse> {
    return PaymentResponse.from(await this.queries.execute(new GetPayment(id)));
  }
}
