import { STATUS_CODES } from 'node:http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DomainErrorKind } from '@promenade/ddd';

export class FieldError {
  @ApiProperty({ example: 'lines.0.quantity' })
  field!: string;

  @ApiProperty({ example: 'quantity must not be less than 1' })
  message!: string;
}

/**
 * RFC 9457 problem details, the body of every error response (`application/problem+json`). A few codes add members of
 * their own (INSUFFICIENT_STOCK: `shortages`, each `{sku, requested, available}`); docs/api-conventions.md lists them.
 */
export class ProblemDetails {
  @ApiProperty({
    example: 'https://promenade.dev/problems/order-not-draft',
    description: 'Identifies the problem type; stable per `code`.',
  })
  type!: string;

  @ApiProperty({ example: 'Conflict' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 409 })
  status!: number;

  @ApiProperty({ example: 'order 0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162 is placed; lines change only while it is a draft' })
  detail!: string;

  @ApiProperty({ example: '/api/v1/ordering/orders/0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162/lines' })
  instance!: string;

  @ApiProperty({ example: 'ORDER_NOT_DRAFT', description: 'Stable machine-readable error code.' })
  code!: string;

  @ApiPropertyOptional({ type: [FieldError], description: 'Present on validation errors: one entry per invalid field.' })
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The status a business error answers with, by its kind; the filter answers with it and the route docs list it. */
export const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  not_found: 404,
  conflict: 409,
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
};

/** The `type` URI of a code: ORDER_NOT_DRAFT -> https://promenade.dev/problems/order-not-draft. */
export function problemType(code: string): string {
  return `https://promenade.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}

/** The members every problem has; an error's own extension members never replace them. */
const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'errors']);

/**
 * The one way a problem body is made, by the exception filter and by the hooks that answer before any route.
 * `extensions` are a business error's own members (RFC 9457 §3.2), added beside the standard ones.
 */
export function problemOf(
  status: number,
  code: string,
  detail: string,
  instance: string,
  errors?: FieldError[],
  extensions?: Readonly<Record<string, unknown>>,
): ProblemDetails {
  const own = Object.fromEntries(Object.entries(extensions ?? {}).filter(([member]) => !STANDARD_MEMBERS.has(member)));
  return {
    ...own,
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance,
    code,
    ...(errors ? { errors } : {}),
  };
}
