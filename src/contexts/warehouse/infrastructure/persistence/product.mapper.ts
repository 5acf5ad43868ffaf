import { AggregateMapper } from '@promenade/persistence';
import { ProductStatus } from '../../domain/product/product-status';
import { Product } from '../../domain/product/product.aggregate';
import { UnitOfMeasure } from '../../domain/quantity';
import { ProductModel } from './product.model';

export const productMapper: AggregateMapper<Product, ProductModel> = {
  toDomain(model) {
    return Product.restore({
      id: model.id,
      version: model.version,
      sku: model.sku,
      name: model.name,
      description: model.description,
      unit: model.unit as UnitOfMeasure,
      barcode: model.barcode,
      status: model.status as ProductStatus,
      deletedAt: model.deletedAt,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(product) {
    return Object.assign(new ProductModel(), {
      id: product.id,
      sku: product.sku,
      name: product.name,
      description: product.description,
      unit: product.unit,
      barcode: product.barcode,
      status: product.status,
      deletedAt: product.deletedAt,
      createdAt: product.createdAt,
    });
  },
};
