import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { CreatePaymentMethod } from '../../application/create-payment-method/create-payment-method.command';
import { DeletePaymentMethod } from '../../application/delete-payment-method/delete-payment-method.command';
import { GetPaymentMethod } from '../../application/get-payment-method/get-payment-method.query';
import { ListPaymentMethods } from '../../application/list-payment-methods/list-payment-methods.query';
import { PaymentMethodInvalid, PaymentMethodNotFound } from '../../domain/payment-method/payment-method.errors';
import { ListPaymentMethodsRequest } from './list-payments.request';
import { CreatePaymentMethodRequest } from './payment-method.request';
import { PaymentMethodPage, PaymentMethodResponse } from './payment-method.response';

/** A customer's payment methods: provider tokens only. Another customer's method answers 404, as a missing one. */
@ApiTags('billing')
@Controller('billing/payment-methods')
export class PaymentMethodsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('payments:write')
  @ApiOperation({
    summary: 'Save a payment method of yours',
    description: "The provider's token for a card (its client-side form makes it); a card number is refused.",
  })
  @ApiCreatedResponse({ type: PaymentMethodResponse })
  @ApiProblems(400, PaymentMethodInvalid)
  async createPaymentMethod(
    @CurrentPrincipal() caller: Principal,
    @Body() body: CreatePaymentMethodRequest,
  ): Promise<PaymentMethodResponse> {
    const id = await this.commands.execute(new CreatePaymentMethod(caller.userId, body.token, body.label));
    return PaymentMethodResponse.from(await this.queries.execute(new GetPaymentMethod(id)));
  }

  @Get()
  @RequirePermission('payments:read')
  @ApiOperation({
    summary: 'List payment methods, newest first',
    description: "Only the caller's own unless they hold `payments:read:any`.",
  })
  @ApiOkResponse({ type: PaymentMethodPage })
  @ApiProblems(400)
  async listPaymentMethods(
    @CurrentPrincipal() caller: Principal,
    @Query() query: ListPaymentMethodsRequest,
  ): Promise<Page<PaymentMethodResponse>> {
    const page = await this.queries.execute(
      new ListPaymentMethods(caller.ownerScope('payments:read', query.customerId), query.page, query.limit),
    );
    return { ...page, items: page.items.map(PaymentMethodResponse.from) };
  }

  @Delete(':id')
  @RequirePermission('payments:write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a payment method of yours', description: 'It can no longer pay; payments made with it keep naming it.' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems(400, PaymentMethodNotFound, ConcurrencyConflict)
  async deletePaymentMethod(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<void> {
    await this.commands.execute(new DeletePaymentMethod(id, caller.userId));
  }
}
