import { AggregateMapper } from '@promenade/persistence';
import { Product } from '../../domain/product/product.aggregate';
import { ProductModel } from './product.model';

export const productMapper: AggregateMapper<Product, ProductModel> = {
  toDomain(model) {
    return Product.restore({ id: model.id, version: model.version, createdAt: model.createdAt, updatedAt: model.updatedAt });
  },

  toModel(product) {
    return Object.assign(new ProductModel(), { id: product.id, createdAt: product.createdAt });
  },
};
