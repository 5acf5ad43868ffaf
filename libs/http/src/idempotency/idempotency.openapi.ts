import { OpenAPIObject, OperationObject, ParameterObject, ResponseObject, ResponsesObject } from '@nestjs/swagger';
import { BEARER_SCHEME } from '@promenade/auth';
import { problemResponse } from '../api-problems.decorator';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_MAX_LENGTH, IDEMPOTENT_KEY_METHODS, IDEMPOTENT_REPLAYED_HEADER } from './idempotency-key';
import { IDEMPOTENCY_KEY_REQUIRED } from './require-idempotency-key.decorator';

const PARAMETER_NAME = 'IdempotencyKey';
const REQUIRED_PARAMETER_NAME = 'IdempotencyKeyRequired';

const PARAMETER: ParameterObject = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header',
  required: false,
  description:
    'Makes a retry of this change safe: a unique value per change (a UUID), sent again with the identical request when the answer was lost. ' +
    'The first successful answer is kept for your user and this key for IDEMPOTENCY_KEY_TTL_HOURS (24 h) and replayed, with ' +
    `\`${IDEMPOTENT_REPLAYED_HEADER}: true\`, instead of making the change again. The same key with another method, path or body answers 422 ` +
    '`IDEMPOTENCY_KEY_REUSED`; while the first request still runs, a repeat answers 409 `IDEMPOTENCY_KEY_IN_USE`. A failed request stores nothing.',
  schema: { type: 'string', minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH, pattern: '^[\\x20-\\x7E]+$' },
  example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
};

/** The same header on a route with @RequireIdempotencyKey(): without it the request answers 400. */
const REQUIRED_PARAMETER: ParameterObject = {
  ...PARAMETER,
  required: true,
  description: `Required on this operation (400 \`VALIDATION_FAILED\` naming the header without it). ${PARAMETER.description}`,
};

/**
 * Documents Idempotency-Key on exactly the operations the interceptor honours it on: every POST and
 * PATCH that requires the bearer token (public routes ignore it), with the answers it adds.
 */
export function documentIdempotencyKeys(document: OpenAPIObject): OpenAPIObject {
  const parameters: Record<string, ParameterObject> = { [PARAMETER_NAME]: PARAMETER };
  for (const path of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(path) as Array<[string, OperationObject & Record<string, unknown>]>) {
      if (!IDEMPOTENT_KEY_METHODS.has(method.toUpperCase()) || !requiresBearer(operation)) continue;
      // @RequireIdempotencyKey() marks the operation; the marker becomes the required parameter.
      const required = operation[IDEMPOTENCY_KEY_REQUIRED] === true;
      delete operation[IDEMPOTENCY_KEY_REQUIRED];
      if (required) parameters[REQUIRED_PARAMETER_NAME] = REQUIRED_PARAMETER;
      const name = required ? REQUIRED_PARAMETER_NAME : PARAMETER_NAME;
      operation.parameters = [...(operation.parameters ?? []), { $ref: `#/components/parameters/${name}` }];
      for (const [status, response] of Object.entries(operation.responses) as Array<[string, ResponseObject]>) {
        if (/^2\d\d$/.test(status))
          response.headers = {
            ...response.headers,
            [IDEMPOTENT_REPLAYED_HEADER]: {
              description: 'Present (`true`) when this is a stored answer replayed for a repeated Idempotency-Key.',
              schema: { type: 'string', enum: ['true'] },
            },
          };
      }
      addProblemCodes(operation.responses, 400, ['VALIDATION_FAILED']);
      addProblemCodes(operation.responses, 409, ['IDEMPOTENCY_KEY_IN_USE']);
      addProblemCodes(operation.responses, 422, ['IDEMPOTENCY_KEY_REUSED']);
    }
  }
  document.components = { ...document.components, parameters: { ...document.components?.parameters, ...parameters } };
  return document;
}

function requiresBearer(operation: OperationObject): boolean {
  const security = operation.security ?? [];
  return security.length > 0 && security.every((requirement) => BEARER_SCHEME in requirement);
}

/** Adds codes to the operation's documented problem answer of `status` (made by ApiProblems), or documents that answer. */
function addProblemCodes(responses: ResponsesObject, status: number, codes: string[]): void {
  const existing = responses[status] as ResponseObject | undefined;
  if (!existing) {
    responses[status] = problemResponse(status, codes);
    return;
  }
  const known: string[] = existing.description.match(/`[A-Z0-9_]+`/g) ?? [];
  const added = codes.map((code) => `\`${code}\``).filter((code) => !known.includes(code));
  if (added.length === 0) return;
  const listed = /Codes: (.*)\.$/.exec(existing.description);
  existing.description = listed
    ? `${existing.description.slice(0, listed.index)}Codes: ${listed[1]}, ${added.join(', ')}.`
    : `${existing.description} Codes: ${added.join(', ')}.`;
}
