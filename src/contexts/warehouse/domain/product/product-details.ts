import { Gtin } from './gtin';
import { ProductDetailsInvalid } from './product.errors';

export const PRODUCT_NAME_MAX_LENGTH = 200;
export const PRODUCT_DESCRIPTION_MAX_LENGTH = 2000;

/** What a client sends: the optional fields may be left out or null (none). */
export interface ProductDetailsInput {
  name: string;
  description?: string | null;
  barcode?: string | null;
}

/** The fields of a product a PATCH may change, each checked: only `productDetails` makes one. */
export interface ProductDetails {
  readonly name: string;
  readonly description: string | null;
  /** A GTIN with a valid check digit. */
  readonly barcode: string | null;
}

export type ProductDetailField = keyof ProductDetails;

/** Checks and normalises the fields (text trimmed, a blank optional one is none). Throws ProductDetailsInvalid or GtinInvalid. */
export function productDetails(input: ProductDetailsInput): ProductDetails {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '' || name.length > PRODUCT_NAME_MAX_LENGTH) {
    throw new ProductDetailsInvalid(`a product name is 1-${PRODUCT_NAME_MAX_LENGTH} characters, not blank`);
  }
  const description = input.description?.trim() || null;
  if (description !== null && description.length > PRODUCT_DESCRIPTION_MAX_LENGTH) {
    throw new ProductDetailsInvalid(`a product description is at most ${PRODUCT_DESCRIPTION_MAX_LENGTH} characters`);
  }
  const barcode = input.barcode?.trim() ? Gtin.of(input.barcode).value : null;
  return { name, description, barcode };
}

/** The fields of `after` that differ from `before`, in a stable order. */
export function changedProductFields(before: ProductDetails, after: ProductDetails): ProductDetailField[] {
  return (Object.keys(after) as ProductDetailField[]).filter((field) => before[field] !== after[field]);
}
