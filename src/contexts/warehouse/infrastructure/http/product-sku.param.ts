import { PatternParam } from '@promenade/http';
import { Sku, SKU_PATTERN } from '../../domain/product/sku';

/** The `{sku}` of a product route, taken in any case and normalised; anything that cannot be a SKU is a 400. */
export const SkuParam = (): ParameterDecorator =>
  PatternParam('sku', new RegExp(SKU_PATTERN.source, 'i'), 'sku must be 1-64 letters, digits, dots, dashes or underscores', {
    normalize: Sku.normalise,
  });
