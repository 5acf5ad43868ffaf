import { RequestValidationFailed } from '../validation';

/** The request header (IETF httpapi draft "The Idempotency-Key HTTP Header Field"; Stripe's API). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set on an answer replayed from a stored response, as Stripe does. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/** The non-idempotent methods the draft names; PUT and DELETE are idempotent by definition. */
export const IDEMPOTENT_KEY_METHODS: ReadonlySet<string> = new Set(['POST', 'PATCH']);

export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
/** Printable ASCII (space to tilde): what every client can send in a header, and safe in any log or column. */
const KEY = new RegExp(`^[\\x20-\\x7E]{1,${IDEMPOTENCY_KEY_MAX_LENGTH}}$`);

/** The key a request carries: undefined without the header, else a valid key or a 400 naming the header. */
export function idempotencyKeyOf(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && KEY.test(value)) return value;
  throw new RequestValidationFailed([
    {
      field: IDEMPOTENCY_KEY_HEADER,
      message: `${IDEMPOTENCY_KEY_HEADER} must be one header of 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters`,
    },
  ]);
}
