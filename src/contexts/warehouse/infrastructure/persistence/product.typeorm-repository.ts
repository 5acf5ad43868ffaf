import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Product } from '../../domain/product/product.aggregate';
import { ProductNotFound } from '../../domain/product/product.errors';
import { ProductRepository } from '../../domain/product/product.repository';
import { productMapper } from './product.mapper';
import { ProductModel } from './product.model';

@Injectable()
export class ProductTypeOrmRepository extends TypeOrmAggregateRepository<Product, ProductModel> implements ProductRepository {
  constructor(uow: UnitOfWork) {
    super(uow, ProductModel, productMapper);
  }

  async getById(id: string): Promise<Product> {
    const product = await this.findById(id);
    if (!product) throw new ProductNotFound(id);
    return product;
  }
}
