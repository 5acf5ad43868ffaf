/** A product is sold until discontinued, for good: discontinuing cannot be undone. */
export const PRODUCT_STATUSES = ['active', 'discontinued'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
