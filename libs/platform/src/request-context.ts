import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestScope {
  correlationId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * The correlation id of the work in progress (an HTTP request's id, later a consumed event's),
 * carried implicitly through commands, handlers and the events they raise.
 */
export const RequestContext = {
  run<T>(correlationId: string, work: () => T): T {
    return storage.run({ correlationId }, work);
  },
  correlationId(): string | null {
    return storage.getStore()?.correlationId ?? null;
  },
};
