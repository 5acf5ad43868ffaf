import { WAREHOUSE_CODE_PATTERN } from '../../domain/warehouse/warehouse-code';

/** A warehouse code in a body or query, any case: the warehouse routes take the same form. */
export const WAREHOUSE_CODE_FIELD = new RegExp(WAREHOUSE_CODE_PATTERN.source, 'i');
export const warehouseCodeMessage = (field: string) => `${field} must be a letter or digit, then up to 15 letters, digits or dashes`;
