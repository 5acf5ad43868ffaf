import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { In, IsNull } from 'typeorm';
import { Product } from '../../domain/product/product.aggregate';
import { ProductNotFound, SkuTaken } from '../../domain/product/product.errors';
import { ProductFilter, ProductLock, ProductRepository } from '../../domain/product/product.repository';
import { Sku } from '../../domain/product/sku';
import { containing } from './like-pattern';
import { productMapper } from './product.mapper';
import { ProductModel } from './product.model';

/** The unique index on sku of the CreateProducts migration. */
const ONE_PRODUCT_PER_SKU = 'products_sku_unique';

const LOCK_MODE = { share: 'pessimistic_read', update: 'pessimistic_write' } as const;

@Injectable()
export class ProductTypeOrmRepository extends TypeOrmAggregateRepository<Product, ProductModel> implements ProductRepository {
  constructor(uow: UnitOfWork) {
    super(uow, ProductModel, productMapper);
  }

  async getById(id: string): Promise<Product> {
    const row = await this.models.findOneBy({ id, deletedAt: IsNull() });
    if (!row) throw new ProductNotFound(id);
    return productMapper.toDomain(row);
  }

  async getBySku(sku: string): Promise<Product> {
    const normalised = Sku.normalise(sku);
    const row = await this.models.findOneBy({ sku: normalised, deletedAt: IsNull() });
    if (!row) throw new ProductNotFound(normalised);
    return productMapper.toDomain(row);
  }

  async findBySkus(skus: string[]): Promise<Product[]> {
    if (skus.length === 0) return [];
    const rows = await this.models.findBy({ sku: In(skus.map(Sku.normalise)), deletedAt: IsNull() });
    return rows.map((row) => productMapper.toDomain(row));
  }

  /** Row locks need the command's transaction: outside one they would end with the statement. */
  async lockBySkus(skus: string[], lock: ProductLock): Promise<Product[]> {
    if (skus.length === 0) return [];
    const rows = await this.models
      .createQueryBuilder('product')
      .where('product.sku IN (:...skus) AND product.deleted_at IS NULL', { skus: skus.map(Sku.normalise) })
      // The column's "C" collation: byte order, the one order every command locks products in.
      .orderBy('product.sku', 'ASC')
      .setLock(LOCK_MODE[lock])
      .getMany();
    return rows.map((row) => productMapper.toDomain(row));
  }

  async findPage(filter: ProductFilter, offset: number, limit: number): Promise<{ items: Product[]; total: number }> {
    const query = this.models
      .createQueryBuilder('product')
      .where('product.deleted_at IS NULL')
      .orderBy('product.sku', 'ASC')
      .skip(offset)
      .take(limit);
    if (filter.status) query.andWhere('product.status = :status', { status: filter.status });
    if (filter.search) {
      query.andWhere('(product.sku ILIKE :search OR product.name ILIKE :search)', { search: containing(filter.search) });
    }
    const [rows, total] = await query.getManyAndCount();
    return { items: rows.map((row) => productMapper.toDomain(row)), total };
  }

  /** A request that raced another past the handler's reads is stopped by the index: SKU_TAKEN, not a database error. */
  override async save(product: Product): Promise<void> {
    try {
      await super.save(product);
    } catch (error) {
      if (uniqueViolation(error) === ONE_PRODUCT_PER_SKU) throw new SkuTaken(product.sku);
      throw error;
    }
  }
}
