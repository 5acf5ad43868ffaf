import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { JSON_LIMITS } from './json-limits';
import { FieldError } from './problem-details';
import { sentFieldsTransformer } from './sent-fields';

/** A request whose body, path or query breaks its DTO's rules; answered 400 with one entry per field. */
export class RequestValidationFailed extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super('The request is not valid; see `errors` for each field.');
  }
}

/** The body claims to be JSON but is not. */
export class MalformedJsonBody extends BadRequestException {}

/** The body nests deeper, or holds more values, than any API needs; refused before it is parsed. */
export class JsonTooComplex extends BadRequestException {
  constructor(readonly limit: 'depth' | 'values') {
    super(
      limit === 'depth'
        ? `The body nests arrays and objects more than ${JSON_LIMITS.depth} levels deep.`
        : `The body holds more than ${JSON_LIMITS.values.toLocaleString('en')} values (arrays, objects and array elements).`,
    );
  }
}

/**
 * class-validator constraints that check a value's presence or type, most telling first. A value that fails one
 * of these fails its other rules only as a consequence (a missing `lines` is "not an array" and so also "not at
 * most 500 elements"), so only this one is reported.
 */
const TYPE_CONSTRAINTS = [
  'isDefined',
  'isArray',
  'isObject',
  'isNotEmptyObject',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'nestedValidation',
] as const;

/** One message per problem: a presence or type failure alone, else every rule the value breaks. */
function messagesOf(constraints: Record<string, string>): string[] {
  const typeFailure = TYPE_CONSTRAINTS.find((name) => name in constraints);
  return typeFailure ? [constraints[typeFailure]] : Object.values(constraints);
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = messagesOf(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Unknown fields are refused, not silently dropped, so a typo in a field name is never ignored. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // A DTO holds only the fields the client sent: a field left out is absent, never a key holding undefined.
    transformerPackage: sentFieldsTransformer,
    exceptionFactory: (errors) => new RequestValidationFailed(flatten(errors)),
  });
}
