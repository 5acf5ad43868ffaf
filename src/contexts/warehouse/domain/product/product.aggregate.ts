import { AggregateRoot, newId } from '@promenade/ddd';
import { ProductCreated } from '../events/product-created.event';
import { ProductDiscontinued } from '../events/product-discontinued.event';

export interface ProductState {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** Product: its rules live here, as methods that check them and raise events. */
export class Product extends AggregateRoot<ProductState> {
  private constructor(state: ProductState) {
    super(state);
  }

  static create(now = new Date()): Product {
    const product = new Product({ id: newId(), version: 0, createdAt: now, updatedAt: now });
    product.apply(new ProductCreated({ productId: product.id, createdAt: now.toISOString() }));
    return product;
  }

  /** Rebuilds a stored product; no rule is re-run and no event raised. */
  static restore(state: ProductState): Product {
    return new Product(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** Discontinue this product. Check the rule that allows it here, before the event. */
  discontinue(now = new Date()): void {
    this.apply(new ProductDiscontinued({ productId: this.id, discontinuedAt: now.toISOString() }));
  }
}
