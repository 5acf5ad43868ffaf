export * from './order-cancelled.event';
export * from './order-placed.event';
