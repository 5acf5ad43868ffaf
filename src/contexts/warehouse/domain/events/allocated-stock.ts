/** One part of a reservation as its events carry it: a quantity of a SKU held in (or leaving) one warehouse. */
export interface AllocatedStock {
  sku: string;
  warehouseCode: string;
  /** In the product's unit of measure, at most 3 decimals. */
  quantity: number;
}
