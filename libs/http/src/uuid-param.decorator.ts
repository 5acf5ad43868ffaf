import { Param, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { RequestValidationFailed } from './validation';

const invalid = (name: string, message: string) => new RequestValidationFailed([{ field: name, message }]);

/** A UUID path parameter; anything else is a 400 naming the parameter, like any other invalid field. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(name, new ParseUUIDPipe({ exceptionFactory: () => invalid(name, `${name} must be a UUID`) }));
}

/** A path parameter that must match `pattern`; anything else is a 400 naming the parameter. */
export function PatternParam(name: string, pattern: RegExp, message: string): ParameterDecorator {
  const pipe: PipeTransform<string, string> = {
    transform: (value) => {
      if (!pattern.test(value)) throw invalid(name, message);
      return value;
    },
  };
  return Param(name, pipe);
}
