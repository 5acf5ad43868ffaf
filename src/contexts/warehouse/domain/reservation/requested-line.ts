import { UnitOfMeasure } from '../quantity';

/** What the catalog holds under a requested SKU, as the reserve found it under its lock (a Product fits it). */
export interface CatalogedProduct {
  readonly unit: UnitOfMeasure;
  readonly isDiscontinued: boolean;
}

/** A line as it was asked for, its SKU normalised, with the live product it names: null when the catalog has none. */
export interface RequestedLine {
  sku: string;
  /** In the product's unit, not yet checked against it. */
  quantity: number;
  product: CatalogedProduct | null;
}
