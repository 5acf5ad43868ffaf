import { Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { TransactionalCommandBus } from '@promenade/platform';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreatePlan } from '../../application/create-plan/create-plan.command';
import { UpdatePlan } from '../../application/update-plan/update-plan.command';
import { ConcurrencyConflict } from '@promenade/ddd';
import { PlanNotFound } from '../../domain/plan/plan.errors';

/** HTTP ⇄ commands and queries for plans. */
@ApiTags('billing')
@Controller('billing/plans')
export class PlansController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('plans:manage')
  @ApiOperation({ summary: 'Create a plan' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createPlan(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreatePlan()) };
  }

  @Post(':id/update')
  @RequirePermission('plans:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Update a plan' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, PlanNotFound, ConcurrencyConflict)
  async updatePlan(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new UpdatePlan(id));
    return { id };
  }
}
