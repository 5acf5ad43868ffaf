import { Param } from '@nestjs/common';
import { RequestValidationFailed } from '@promenade/http';

/** An IANA name: an area and up to two more parts ("UTC", "Europe/Kyiv", "America/Argentina/Buenos_Aires"). */
export const TIMEZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * The time zone named by path parameter `key` (`name`, or Fastify's wildcard `*`); anything that cannot
 * be a zone's name is a 400 on the field `name`, whichever route received it.
 */
export function TimezoneNameParam(key: string): ParameterDecorator {
  return Param(key, {
    transform: (value: string) => {
      if (value.length > 64 || !TIMEZONE_NAME.test(value)) {
        throw new RequestValidationFailed([{ field: 'name', message: 'name must be an IANA time zone name such as Europe/Kyiv' }]);
      }
      return value;
    },
  });
}
