/** Where the queue dashboard is served: outside the API prefix, as a page a browser opens. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** Who may open it, page, assets and JSON alike: whoever may replay dead letters may watch the queues they come from. */
export const QUEUE_DASHBOARD_PERMISSION = 'events:manage';
