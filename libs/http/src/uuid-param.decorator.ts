import { Param, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { RequestValidationFailed } from './validation';

const invalid = (name: string, message: string) => new RequestValidationFailed([{ field: name, message }]);

/** A UUID path parameter; anything else is a 400 naming the parameter, like any other invalid field. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(name, new ParseUUIDPipe({ exceptionFactory: () => invalid(name, `${name} must be a UUID`) }));
}

export interface PatternParamOptions {
  /** Applied to a matching value before the handler sees it (e.g. upper-casing a code accepted in any case). */
  normalize?: (value: string) => string;
  /** The field a refusal names, when it differs from the route's parameter key (a wildcard `*`). */
  field?: string;
}

/** The pipe behind PatternParam: the value if it matches `pattern` (normalised), else a 400 naming the field. */
export function patternPipe(
  name: string,
  pattern: RegExp,
  message: string,
  options: PatternParamOptions = {},
): PipeTransform<string, string> {
  return {
    transform: (value) => {
      if (!pattern.test(value)) throw invalid(options.field ?? name, message);
      return options.normalize ? options.normalize(value) : value;
    },
  };
}

/** A path parameter that must match `pattern`; anything else is a 400 naming the parameter. */
export function PatternParam(name: string, pattern: RegExp, message: string, options: PatternParamOptions = {}): ParameterDecorator {
  return Param(name, patternPipe(name, pattern, message, options));
}
