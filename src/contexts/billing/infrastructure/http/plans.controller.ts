import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, InvalidCurrency, Money, Page } from '@promenade/ddd';
import { ApiProblems } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { CreatePlan } from '../../application/create-plan/create-plan.command';
import { GetPlan } from '../../application/get-plan/get-plan.query';
import { ListPlans } from '../../application/list-plans/list-plans.query';
import { UpdatePlan } from '../../application/update-plan/update-plan.command';
import { PlanCodeInvalid, PlanCodeTaken, PlanDetailsInvalid, PlanNotFound } from '../../domain/plan/plan.errors';
import { CreatePlanRequest } from './create-plan.request';
import { ListPlansRequest } from './list-plans.request';
import { PlanCodeParam } from './plan-code.param';
import { PlanPage, PlanResponse } from './plan.response';
import { UpdatePlanRequest } from './update-plan.request';

/** HTTP ⇄ commands and queries for plans, addressed by code: staff change them, anyone who may subscribe reads them. */
@ApiTags('billing')
@Controller('billing/plans')
export class PlansController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('plans:manage')
  @ApiOperation({ summary: 'Create a plan', description: 'Open to new subscriptions unless `active` is false.' })
  @ApiCreatedResponse({ type: PlanResponse })
  @ApiProblems(400, PlanCodeTaken, PlanCodeInvalid, PlanDetailsInvalid, InvalidCurrency)
  async createPlan(@Body() body: CreatePlanRequest): Promise<PlanResponse> {
    const price = Money.of(body.price.amount, body.price.currency);
    return this.read(await this.commands.execute(new CreatePlan({ ...body, price })));
  }

  @Get()
  @RequirePermission('subscriptions:read')
  @ApiOperation({ summary: 'List plans, by code', description: 'Filtered by whether they are open to new subscriptions.' })
  @ApiOkResponse({ type: PlanPage })
  @ApiProblems(400)
  async listPlans(@Query() query: ListPlansRequest): Promise<Page<PlanResponse>> {
    const active = query.active === undefined ? undefined : query.active === 'true';
    const page = await this.queries.execute(new ListPlans({ active }, query.page, query.limit));
    return { ...page, items: page.items.map(PlanResponse.from) };
  }

  @Get(':code')
  @RequirePermission('subscriptions:read')
  @ApiOperation({ summary: 'Get a plan' })
  @ApiOkResponse({ type: PlanResponse })
  @ApiProblems(400, PlanNotFound)
  getPlan(@PlanCodeParam() code: string): Promise<PlanResponse> {
    return this.read(code);
  }

  @Patch(':code')
  @RequirePermission('plans:manage')
  @ApiOperation({
    summary: "Change some of a plan's terms",
    description: 'Name, price, trial days, active. The code and interval never change; a new price applies from the next renewal.',
  })
  @ApiOkResponse({ type: PlanResponse })
  @ApiProblems(400, PlanNotFound, ConcurrencyConflict, PlanDetailsInvalid, InvalidCurrency)
  async updatePlan(@PlanCodeParam() code: string, @Body() body: UpdatePlanRequest): Promise<PlanResponse> {
    const price = body.price && Money.of(body.price.amount, body.price.currency);
    await this.commands.execute(new UpdatePlan(code, { ...body, price }));
    return this.read(code);
  }

  private async read(code: string): Promise<PlanResponse> {
    return PlanResponse.from(await this.queries.execute(new GetPlan(code)));
  }
}
