import { STATUS_CODES } from 'node:http';
import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath, ResponseObject } from '@nestjs/swagger';
import { DomainErrorClass } from '@promenade/ddd';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problemType, STATUS_OF_KIND } from './problem-details';

/** What each status means on this API, and the `detail` its example shows (the filter writes the real one per error). */
const STATUSES: Record<number, { description: string; detail: string }> = {
  400: {
    description: 'Malformed JSON, unknown fields or invalid values (`VALIDATION_FAILED`, `MALFORMED_JSON`).',
    detail: 'The request is invalid; `errors` names each field.',
  },
  401: { description: 'No valid bearer access token (`UNAUTHENTICATED`).', detail: 'A valid bearer access token is required.' },
  403: {
    description: 'The token is valid but its user lacks the permission (`PERMISSION_DENIED`).',
    detail: 'Your role does not grant the permission this route needs.',
  },
  404: { description: 'The resource does not exist.', detail: 'No resource has this identifier.' },
  409: {
    description: 'The request conflicts with the current state (an illegal transition, or `CONCURRENCY_CONFLICT`).',
    detail: 'The resource is not in a state that allows this change.',
  },
  413: { description: 'The body is larger than 1 MiB (`PAYLOAD_TOO_LARGE`).', detail: 'The request body is larger than the 1 MiB limit.' },
  415: {
    description: 'The body is not JSON in UTF-8 (`UNSUPPORTED_MEDIA_TYPE`).',
    detail: 'Send the body as application/json.',
  },
  422: { description: 'The request breaks a business rule.', detail: 'The request breaks a business rule.' },
  429: {
    description: 'Too many requests from this address; `Retry-After` says how many seconds to wait (`TOO_MANY_REQUESTS`).',
    detail: 'Too many requests; retry after the number of seconds in Retry-After.',
  },
  500: {
    description: 'An unexpected failure, logged with the request id (`INTERNAL_ERROR`).',
    detail: 'An unexpected error occurred.',
  },
};

/**
 * Documents a route's error responses as problem+json. Each entry is a status the route answers with
 * for reasons of its own (400 validation, 429), or a business error class: its kind gives the status,
 * its code is listed under it. A test holds each route's list to the errors its handlers raise.
 */
export function ApiProblems(...responses: Array<number | DomainErrorClass>): MethodDecorator & ClassDecorator {
  const codesOfStatus = new Map<number, string[]>();
  for (const entry of responses) {
    const status = typeof entry === 'number' ? entry : STATUS_OF_KIND[entry.kind];
    const codes = codesOfStatus.get(status) ?? [];
    if (typeof entry !== 'number' && !codes.includes(entry.code)) codes.push(entry.code);
    codesOfStatus.set(status, codes);
  }
  return applyDecorators(
    ApiExtraModels(ProblemDetails),
    ...[...codesOfStatus].map(([status, codes]) => ApiResponse({ status, ...problemResponse(status, codes) })),
  );
}

/** The OpenAPI response object of a problem+json answer with these codes. */
export function problemResponse(status: number, codes: string[]): ResponseObject {
  const description = [STATUSES[status]?.description ?? 'Error.', codes.length ? `Codes: ${codes.map((c) => `\`${c}\``).join(', ')}.` : '']
    .filter(Boolean)
    .join(' ');
  return {
    description,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: getSchemaPath(ProblemDetails) },
        // `instance` is each operation's own path, filled in when the document is built (openapi.ts).
        ...(codes[0]
          ? {
              example: {
                type: problemType(codes[0]),
                title: STATUS_CODES[status],
                status,
                detail: detailOf(status),
                instance: '',
                code: codes[0],
              },
            }
          : {}),
      },
    },
  };
}

function detailOf(status: number): string {
  return STATUSES[status]?.detail ?? STATUS_CODES[status] ?? 'Error.';
}
