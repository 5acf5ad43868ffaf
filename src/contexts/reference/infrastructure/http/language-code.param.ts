import { Param } from '@nestjs/common';
import { RequestValidationFailed } from '@promenade/http';

/** An ISO 639-1 code path parameter, two letters in any case ("de", "DE"); anything else is a 400 naming it. */
export function LanguageCodeParam(name: string): ParameterDecorator {
  return Param(name, {
    transform: (value: string) => {
      if (!/^[A-Za-z]{2}$/.test(value)) throw new RequestValidationFailed([{ field: name, message: `${name} must be an ISO 639-1 language code` }]);
      return value;
    },
  });
}
