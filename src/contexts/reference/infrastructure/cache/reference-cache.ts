import { ReferenceResource } from '../../application/reference-catalog';

/**
 * Values of a resource kept under keys until the resource's TTL runs out or it is forgotten as a whole.
 * In memory on the embedded default, in Redis (shared by every instance) when REDIS_URL is set.
 */
export interface ReferenceCache {
  /** The value under `key`, or what `load` answers, kept from then on; an undefined answer is not kept. */
  remember<T>(resource: ReferenceResource, key: string, load: () => Promise<T | undefined>): Promise<T | undefined>;
  forget(resource: ReferenceResource): Promise<void>;
}
