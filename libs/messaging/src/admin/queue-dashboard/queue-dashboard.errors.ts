import { domainError } from '@promenade/ddd';

/** The memory transport keeps its deliveries in the process: there are no queues to show. */
export class QueueDashboardNeedsBullmq extends domainError('QUEUE_DASHBOARD_NEEDS_BULLMQ', 'not_found') {
  constructor() {
    super(
      'The queue dashboard shows the BullMQ queues of each context: it needs EVENT_TRANSPORT=bullmq, and this service runs the memory transport.',
    );
  }
}
