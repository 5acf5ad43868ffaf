import { ReferenceResource } from '../../application/reference-catalog';
import { ReferenceCache } from './reference-cache';
import { REFERENCE_TTL_SECONDS } from './reference-ttl';

interface CachedResource {
  expiresAt: number;
  /** Promises, so that concurrent first reads of a key share one load. */
  values: Map<string, Promise<unknown>>;
}

/** One process's cache (the embedded default runs one instance); a resource expires as a whole. */
export class MemoryReferenceCache implements ReferenceCache {
  private readonly resources = new Map<ReferenceResource, CachedResource>();

  constructor(
    private readonly ttlSeconds: Readonly<Record<ReferenceResource, number>> = REFERENCE_TTL_SECONDS,
    private readonly now: () => number = Date.now,
  ) {}

  remember<T>(resource: ReferenceResource, key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const cached = this.current(resource);
    const known = cached.values.get(key) as Promise<T | undefined> | undefined;
    if (known) return known;
    const loading = load();
    cached.values.set(key, loading);
    // A miss or a failure is not kept: the next read tries again.
    loading.then(
      (value) => value === undefined && cached.values.delete(key),
      () => cached.values.delete(key),
    );
    return loading;
  }

  async forget(resource: ReferenceResource): Promise<void> {
    this.resources.delete(resource);
  }

  private current(resource: ReferenceResource): CachedResource {
    const cached = this.resources.get(resource);
    if (cached && cached.expiresAt > this.now()) return cached;
    const fresh = { expiresAt: this.now() + this.ttlSeconds[resource] * 1000, values: new Map<string, Promise<unknown>>() };
    this.resources.set(resource, fresh);
    return fresh;
  }
}
