import { domainError } from '@promenade/ddd';

/** Also the answer for a deleted product: it stays stored for its history, but no operation reaches it. */
export class ProductNotFound extends domainError('PRODUCT_NOT_FOUND', 'not_found') {
  constructor(skuOrId: string) {
    super(`product ${skuOrId} does not exist`);
  }
}

export class SkuInvalid extends domainError('SKU_INVALID', 'invalid') {
  constructor(raw: string) {
    super(`"${raw}" is not a SKU: 1-64 letters, digits, dots, dashes or underscores`);
  }
}

export class GtinInvalid extends domainError('GTIN_INVALID', 'invalid') {}

/** A field other than the SKU or barcode breaks its rule (blank or too long name, too long description, unknown unit). */
export class ProductDetailsInvalid extends domainError('PRODUCT_DETAILS_INVALID', 'invalid') {}

/** A SKU is never used twice, whatever the case, not even after its product was deleted: the ledger names products by it. */
export class SkuTaken extends domainError('SKU_TAKEN', 'conflict') {
  constructor(sku: string) {
    super(`SKU ${sku} is taken by another product (a deleted product keeps its SKU)`);
  }
}

/** No receipt, no reservation and no second discontinuation; its stock on hand can still ship. */
export class ProductIsDiscontinued extends domainError('PRODUCT_DISCONTINUED', 'conflict') {
  constructor(sku: string) {
    super(`product ${sku} is discontinued`);
  }
}

export class ProductHasStock extends domainError('PRODUCT_HAS_STOCK', 'conflict') {
  constructor(sku: string) {
    super(`product ${sku} still has stock on hand or reserved; issue, adjust or transfer it out first`);
  }
}
