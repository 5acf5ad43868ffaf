import { Controller, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { TransactionalCommandBus } from '@promenade/platform';
import { ApiProblems, IdResponse } from '@promenade/http';
import { CreatePaymentMethod } from '../../application/create-payment-method/create-payment-method.command';

/** HTTP ⇄ commands and queries for payment methods. */
@ApiTags('billing')
@Controller('billing/payment-methods')
export class PaymentMethodsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('payment-methods:write')
  @ApiOperation({ summary: 'Create a payment method' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createPaymentMethod(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreatePaymentMethod()) };
  }
}
