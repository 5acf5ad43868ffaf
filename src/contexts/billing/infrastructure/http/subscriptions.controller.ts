import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { TransactionalCommandBus } from '@promenade/platform';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateSubscription } from '../../application/create-subscription/create-subscription.command';
import { CancelSubscription } from '../../application/cancel-subscription/cancel-subscription.command';
import { ConcurrencyConflict } from '@promenade/ddd';
import { SubscriptionNotFound } from '../../domain/subscription/subscription.errors';
import { RenewSubscription } from '../../application/renew-subscription/renew-subscription.command';
import { GetSubscription } from '../../application/get-subscription/get-subscription.query';
import { SubscriptionResponse } from './subscription.response';

/** HTTP ⇄ commands and queries for subscriptions. */
@ApiTags('billing')
@Controller('billing/subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('subscriptions:write')
  @ApiOperation({ summary: 'Create a subscription' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createSubscription(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateSubscription()) };
  }

  @Post(':id/cancel')
  @RequirePermission('subscriptions:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a subscription' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, SubscriptionNotFound, ConcurrencyConflict)
  async cancelSubscription(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new CancelSubscription(id));
    return { id };
  }

  @Post(':id/renew')
  @RequirePermission('subscriptions:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Renew a subscription' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, SubscriptionNotFound, ConcurrencyConflict)
  async renewSubscription(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new RenewSubscription(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('subscriptions:read')
  @ApiOperation({ summary: 'Get a subscription' })
  @ApiOkResponse({ type: SubscriptionResponse })
  @ApiProblems(400, SubscriptionNotFound)
  async getSubscription(@UuidParam('id') id: string): Promise<SubscriptionResponse> {
    return SubscriptionResponse.from(await this.queries.execute(new GetSubscription(id)));
  }
}
