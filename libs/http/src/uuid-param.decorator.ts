import { Param, ParseUUIDPipe } from '@nestjs/common';
import { RequestValidationFailed } from './validation';

/** A UUID path parameter; anything else is a 400 naming the parameter, like any other invalid field. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(name, new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationFailed([{ field: name, message: `${name} must be a UUID` }]) }));
}
