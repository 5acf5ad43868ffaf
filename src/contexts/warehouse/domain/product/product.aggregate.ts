import { AggregateRoot, newId, Patch, patched } from '@promenade/ddd';
import { ProductCreated } from '../events/product-created.event';
import { ProductDeleted } from '../events/product-deleted.event';
import { ProductDiscontinued } from '../events/product-discontinued.event';
import { ProductUpdated } from '../events/product-updated.event';
import { UNITS_OF_MEASURE, UnitOfMeasure } from '../quantity';
import { changedProductFields, ProductDetails, ProductDetailsInput, productDetails } from './product-details';
import { ProductStatus } from './product-status';
import { ProductDetailsInvalid, ProductHasStock, ProductIsDiscontinued, ProductNotFound } from './product.errors';
import { Sku } from './sku';

export interface ProductState extends ProductDetails {
  id: string;
  version: number;
  /** Normalised (upper-case); never changes: stock items, movements and orders name the product by it. */
  sku: string;
  /** Never changes: stock on hand and the ledger are counted in it. */
  unit: UnitOfMeasure;
  status: ProductStatus;
  /** Deleted products stay stored (the ledger refers to their SKU) but no operation reaches them. */
  deletedAt: Date | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** What a new product is made of, as a client sends it. */
export interface NewProduct extends ProductDetailsInput {
  sku: string;
  unit: string;
}

/** A change of some fields: a field left out stays as it is, null clears an optional one. */
export type ProductChanges = Patch<ProductDetailsInput>;

/** An item the warehouse stocks, named by its SKU: active until discontinued, deleted (softly) only without stock. */
export class Product extends AggregateRoot<ProductState> {
  private constructor(state: ProductState) {
    super(state);
  }

  /** Checks every field; throws SkuInvalid, GtinInvalid or ProductDetailsInvalid. The SKU's uniqueness is the repository's. */
  static create(input: NewProduct, now = new Date()): Product {
    const sku = Sku.of(input.sku).value;
    if (!(UNITS_OF_MEASURE as readonly string[]).includes(input.unit)) {
      throw new ProductDetailsInvalid(`unit "${input.unit}" is not one of ${UNITS_OF_MEASURE.join(', ')}`);
    }
    const unit = input.unit as UnitOfMeasure;
    const details = productDetails(input);
    const id = newId();
    const product = new Product({
      id,
      version: 0,
      sku,
      unit,
      ...details,
      status: 'active',
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    product.apply(new ProductCreated({ productId: id, sku, name: details.name, unit, createdAt: now.toISOString() }));
    return product;
  }

  /** Rebuilds a stored product; no rule is re-run and no event raised. */
  static restore(state: ProductState): Product {
    return new Product(state);
  }

  get sku(): string {
    return this.state.sku;
  }

  get name(): string {
    return this.state.name;
  }

  get description(): string | null {
    return this.state.description;
  }

  get unit(): UnitOfMeasure {
    return this.state.unit;
  }

  get barcode(): string | null {
    return this.state.barcode;
  }

  get status(): ProductStatus {
    return this.state.status;
  }

  get isDiscontinued(): boolean {
    return this.state.status === 'discontinued';
  }

  get deletedAt(): Date | null {
    return this.state.deletedAt;
  }

  get isDeleted(): boolean {
    return this.state.deletedAt !== null;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** Receipts and transfers in: refused once discontinued. */
  assertStockCanArrive(): void {
    if (this.isDiscontinued) throw new ProductIsDiscontinued(this.sku);
  }

  /**
   * Applies a change of some fields, checked as a whole (the same rules as at creation). Answers whether
   * anything changed: sending the fields as they are changes nothing and raises nothing.
   */
  update(changes: ProductChanges): boolean {
    this.assertLive();
    const { name, description, barcode } = this.state;
    const next = productDetails(patched<ProductDetailsInput>({ name, description, barcode }, changes));
    const changed = changedProductFields(this.state, next);
    if (changed.length === 0) return false;
    this.state = { ...this.state, ...next };
    this.apply(new ProductUpdated({ productId: this.id, sku: this.sku, changed }));
    return true;
  }

  /** For good: a discontinued product stays so (PRODUCT_DISCONTINUED when asked again). */
  discontinue(now = new Date()): void {
    this.assertLive();
    if (this.isDiscontinued) throw new ProductIsDiscontinued(this.sku);
    this.state = { ...this.state, status: 'discontinued' };
    this.apply(new ProductDiscontinued({ productId: this.id, sku: this.sku, discontinuedAt: now.toISOString() }));
  }

  /**
   * Soft delete: the row stays (and its SKU stays taken), every later operation answers PRODUCT_NOT_FOUND.
   * `hasStock`: whether any warehouse holds some of it on hand or reserved, which must be shipped or written off first.
   */
  delete(hasStock: boolean, now = new Date()): void {
    this.assertLive();
    if (hasStock) throw new ProductHasStock(this.sku);
    this.state = { ...this.state, deletedAt: now };
    this.apply(new ProductDeleted({ productId: this.id, sku: this.sku, deletedAt: now.toISOString() }));
  }

  private assertLive(): void {
    if (this.isDeleted) throw new ProductNotFound(this.sku);
  }
}
