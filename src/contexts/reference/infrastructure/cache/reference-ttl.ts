import { ReferenceResource } from '../../application/reference-catalog';

/**
 * How long each resource is cached, and how long clients and proxies may reuse an answer (Cache-Control
 * max-age). Countries and currencies can be deactivated by an administrator, which clears the cache at
 * once; an HTTP cache may show the change up to an hour late. Languages and time zones change only with
 * a new package version, which also clears the cache when it is loaded.
 */
export const REFERENCE_TTL_SECONDS: Readonly<Record<ReferenceResource, number>> = {
  countries: 3_600,
  currencies: 3_600,
  languages: 86_400,
  timezones: 86_400,
  dataset: 3_600,
};
