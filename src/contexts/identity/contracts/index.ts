export * from './user-email-verified.contract';
export * from './user-registered.contract';
export * from './permissions';
