import { Module } from '@nestjs/common';
import { DeadLettersController } from './dead-letters.controller';
import { DeadLetters } from './dead-letters';
import { EventStats } from './event-stats';
import { EventsStatsController } from './events-stats.controller';
import { Sagas } from './sagas';
import { SagasController } from './sagas.controller';

/**
 * The operator's side of messaging (`/admin/dead-letters`, `/admin/events/stats`, `/admin/sagas`, permission `events:manage`),
 * apart from the machinery in MessagingModule, which it reads through that global module's exports.
 */
@Module({
  controllers: [DeadLettersController, EventsStatsController, SagasController],
  providers: [DeadLetters, Sagas, EventStats],
})
export class MessagingAdminModule {}
