import { CustomerTagInvalid } from './customer.errors';

/**
 * A tag: 1-50 letters, digits and `-_.:`, starting with a letter or digit (it appears in URLs:
 * `DELETE …/tags/{tag}`). Kept in lower case so `VIP` and `vip` are the same tag.
 */
export const CUSTOMER_TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,49}$/u;

export function customerTag(value: string): string {
  const tag = value.trim().toLowerCase();
  if (!CUSTOMER_TAG_PATTERN.test(tag)) throw new CustomerTagInvalid(value);
  return tag;
}
