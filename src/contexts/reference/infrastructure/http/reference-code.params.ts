import { Param, PipeTransform } from '@nestjs/common';
import { RequestValidationFailed } from '@promenade/http';

/** Accepts a code matching `pattern` in any case and hands it on in upper case; anything else is a 400 naming the parameter. */
export function upperCaseCodePipe(name: string, pattern: RegExp, message: string): PipeTransform<string, string> {
  return {
    transform: (value) => {
      if (!pattern.test(value)) throw new RequestValidationFailed([{ field: name, message }]);
      return value.toUpperCase();
    },
  };
}

export const countryCodePipe = (name: string) => upperCaseCodePipe(name, /^[A-Za-z]{2,3}$/, `${name} must be an ISO 3166-1 alpha-2 or alpha-3 code`);
export const currencyCodePipe = (name: string) => upperCaseCodePipe(name, /^[A-Za-z]{3}$/, `${name} must be an ISO 4217 currency code`);

/** An ISO 3166-1 alpha-2 or alpha-3 country code path parameter, any case ("de", "DEU"), as upper case. */
export const CountryCodeParam = (name: string): ParameterDecorator => Param(name, countryCodePipe(name));

/** An ISO 4217 alphabetic currency code path parameter, any case ("eur"), as upper case. */
export const CurrencyCodeParam = (name: string): ParameterDecorator => Param(name, currencyCodePipe(name));
