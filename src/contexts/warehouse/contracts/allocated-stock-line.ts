/** A quantity of a SKU in one warehouse, as the reservation contracts carry their allocation. */
export interface AllocatedStockLine {
  sku: string;
  warehouseCode: string;
  /** In the product's unit of measure (each, kg, l, m), at most 3 decimals. */
  quantity: number;
}
