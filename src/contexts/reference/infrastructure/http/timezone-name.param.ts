import { PatternParam } from '@promenade/http';

/** An IANA name of at most 64 characters: an area and up to two more parts ("UTC", "Europe/Kyiv", "America/Argentina/Buenos_Aires"). */
export const TIMEZONE_NAME = /^(?=.{1,64}$)[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * The time zone named by path parameter `key` (`name`, or Fastify's wildcard `*`); anything that cannot
 * be a zone's name is a 400 on the field `name`, whichever route received it.
 */
export function TimezoneNameParam(key: string): ParameterDecorator {
  return PatternParam(key, TIMEZONE_NAME, 'name must be an IANA time zone name such as Europe/Kyiv', { field: 'name' });
}
