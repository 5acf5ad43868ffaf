import { STATUS_CODES } from 'node:http';
import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath, ResponseObject } from '@nestjs/swagger';
import { DomainErrorClass } from '@promenade/ddd';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problemType, STATUS_OF_KIND } from './problem-details';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON, unknown fields or invalid values (`VALIDATION_FAILED`, `MALFORMED_JSON`).',
  401: 'No valid bearer access token (`UNAUTHENTICATED`).',
  403: 'The token is valid but its user lacks the permission (`PERMISSION_DENIED`).',
  404: 'The resource does not exist.',
  409: 'The request conflicts with the current state (an illegal transition, or `CONCURRENCY_CONFLICT`).',
  422: 'The request breaks a business rule.',
  429: 'Too many requests from this address; `Retry-After` says how many seconds to wait (`TOO_MANY_REQUESTS`).',
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
  const description = [DESCRIPTIONS[status] ?? 'Error.', codes.length ? `Codes: ${codes.map((c) => `\`${c}\``).join(', ')}.` : '']
    .filter(Boolean)
    .join(' ');
  return {
    description,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: getSchemaPath(ProblemDetails) },
        ...(codes[0] ? { example: { type: problemType(codes[0]), title: STATUS_CODES[status], status, code: codes[0] } } : {}),
      },
    },
  };
}
