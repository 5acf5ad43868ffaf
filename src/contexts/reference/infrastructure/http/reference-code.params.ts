import { PatternParam, patternPipe } from '@promenade/http';

const upperCase = { normalize: (value: string) => value.toUpperCase() };
const COUNTRY_CODE = /^[A-Za-z]{2,3}$/;
const CURRENCY_CODE = /^[A-Za-z]{3}$/;
const LANGUAGE_CODE = /^[A-Za-z]{2}$/;
const countryMessage = (name: string) => `${name} must be an ISO 3166-1 alpha-2 or alpha-3 code`;
const currencyMessage = (name: string) => `${name} must be an ISO 4217 currency code`;

export const countryCodePipe = (name: string) => patternPipe(name, COUNTRY_CODE, countryMessage(name), upperCase);
export const currencyCodePipe = (name: string) => patternPipe(name, CURRENCY_CODE, currencyMessage(name), upperCase);

/** An ISO 3166-1 alpha-2 or alpha-3 country code path parameter, any case ("de", "DEU"), as upper case. */
export const CountryCodeParam = (name: string): ParameterDecorator => PatternParam(name, COUNTRY_CODE, countryMessage(name), upperCase);

/** An ISO 4217 alphabetic currency code path parameter, any case ("eur"), as upper case. */
export const CurrencyCodeParam = (name: string): ParameterDecorator => PatternParam(name, CURRENCY_CODE, currencyMessage(name), upperCase);

/** An ISO 639-1 code path parameter, two letters in any case ("de", "DE"). */
export const LanguageCodeParam = (name: string): ParameterDecorator =>
  PatternParam(name, LANGUAGE_CODE, `${name} must be an ISO 639-1 language code`);
