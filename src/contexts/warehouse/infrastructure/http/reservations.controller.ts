import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { TransactionalCommandBus } from '@promenade/platform';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateReservation } from '../../application/create-reservation/create-reservation.command';
import { ReleaseReservation } from '../../application/release-reservation/release-reservation.command';
import { ConcurrencyConflict } from '@promenade/ddd';
import { ReservationNotFound } from '../../domain/reservation/reservation.errors';
import { IssueReservation } from '../../application/issue-reservation/issue-reservation.command';
import { ExpireReservation } from '../../application/expire-reservation/expire-reservation.command';
import { GetReservation } from '../../application/get-reservation/get-reservation.query';
import { ReservationResponse } from './reservation.response';

/** HTTP ⇄ commands and queries for reservations. */
@ApiTags('warehouse')
@Controller('warehouse/reservations')
export class ReservationsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('stock:reserve')
  @ApiOperation({ summary: 'Create a reservation' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createReservation(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateReservation()) };
  }

  @Post(':id/release')
  @RequirePermission('stock:reserve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Release a reservation' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, ReservationNotFound, ConcurrencyConflict)
  async releaseReservation(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ReleaseReservation(id));
    return { id };
  }

  @Post(':id/issue')
  @RequirePermission('stock:reserve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Issue a reservation' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, ReservationNotFound, ConcurrencyConflict)
  async issueReservation(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new IssueReservation(id));
    return { id };
  }

  @Post(':id/expire')
  @RequirePermission('stock:reserve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Expire a reservation' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, ReservationNotFound, ConcurrencyConflict)
  async expireReservation(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ExpireReservation(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('stock:read')
  @ApiOperation({ summary: 'Get a reservation' })
  @ApiOkResponse({ type: ReservationResponse })
  @ApiProblems(400, ReservationNotFound)
  async getReservation(@UuidParam('id') id: string): Promise<ReservationResponse> {
    return ReservationResponse.from(await this.queries.execute(new GetReservation(id)));
  }
}
