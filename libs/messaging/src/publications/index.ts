export * from './publications';
export * from './publishes.decorator';
