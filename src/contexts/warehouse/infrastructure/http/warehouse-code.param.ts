import { PatternParam } from '@promenade/http';
import { WAREHOUSE_CODE_PATTERN, WarehouseCode } from '../../domain/warehouse/warehouse-code';

/** The `{code}` of a warehouse route, taken in any case and normalised; anything that cannot be a code is a 400. */
export const WarehouseCodeParam = (): ParameterDecorator =>
  PatternParam(
    'code',
    new RegExp(WAREHOUSE_CODE_PATTERN.source, 'i'),
    'code must be a letter or digit, then up to 15 letters, digits or dashes',
    {
      normalize: WarehouseCode.normalise,
    },
  );
