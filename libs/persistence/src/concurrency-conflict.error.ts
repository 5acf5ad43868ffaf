// The error lives in the kernel (application code may not import this library); re-exported for adapters.
export { ConcurrencyConflict } from '@promenade/ddd';
