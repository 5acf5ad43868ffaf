import { Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { TransactionalCommandBus } from '@promenade/platform';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreatePaymentMethod } from '../../application/create-payment-method/create-payment-method.command';
import { DeletePaymentMethod } from '../../application/delete-payment-method/delete-payment-method.command';
import { ConcurrencyConflict } from '@promenade/ddd';
import { PaymentMethodNotFound } from '../../domain/payment-method/payment-method.errors';

/** HTTP ⇄ commands and queries for payment methods. */
@ApiTags('billing')
@Controller('billing/payment-methods')
export class PaymentMethodsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('payments:write')
  @ApiOperation({ summary: 'Create a payment method' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createPaymentMethod(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreatePaymentMethod()) };
  }

  @Post(':id/delete')
  @RequirePermission('payments:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a payment method' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, PaymentMethodNotFound, ConcurrencyConflict)
  async deletePaymentMethod(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new DeletePaymentMethod(id));
    return { id };
  }
}
