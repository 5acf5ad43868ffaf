import { Module } from '@nestjs/common';
import { DeadLettersController } from './dead-letters.controller';
import { DeadLetters } from './dead-letters';
import { EventStats } from './event-stats';
import { EventsStatsController } from './events-stats.controller';
import { QueueDashboard } from './queue-dashboard/queue-dashboard';
import { QueueDashboardSessionController } from './queue-dashboard/queue-dashboard-session.controller';
import { Sagas } from './sagas';
import { SagasController } from './sagas.controller';

/**
 * The operator's side of messaging (`/admin/dead-letters`, `/admin/events/stats`, `/admin/sagas`, the queue dashboard at
 * `/admin/queues` and its session, permission `events:manage`), apart from the machinery in MessagingModule, which it
 * reads through that global module's exports.
 */
@Module({
  controllers: [DeadLettersController, EventsStatsController, SagasController, QueueDashboardSessionController],
  providers: [DeadLetters, Sagas, EventStats, QueueDashboard],
})
export class MessagingAdminModule {}
