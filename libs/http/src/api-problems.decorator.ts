import { STATUS_CODES } from 'node:http';
import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath, ResponseObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problemType } from './problem-details';

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
 * Documents a route's error responses as problem+json. Each entry is a status, or a status with
 * the domain codes the route can answer with, listed in the description.
 */
export function ApiProblems(...responses: Array<number | [number, ...string[]]>): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetails),
    ...responses.map((entry) => {
      const [status, ...codes] = Array.isArray(entry) ? entry : [entry];
      return ApiResponse({ status, ...problemResponse(status, codes) });
    }),
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
