export * from './order-cancelled.contract';
export * from './order-placed.contract';
export * from './permissions';
