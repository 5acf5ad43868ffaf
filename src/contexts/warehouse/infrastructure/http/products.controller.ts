import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { CreateProduct } from '../../application/create-product/create-product.command';
import { DeleteProduct } from '../../application/delete-product/delete-product.command';
import { DiscontinueProduct } from '../../application/discontinue-product/discontinue-product.command';
import { GetProduct } from '../../application/get-product/get-product.query';
import { ListProducts } from '../../application/list-products/list-products.query';
import { UpdateProduct } from '../../application/update-product/update-product.command';
import {
  GtinInvalid,
  ProductDetailsInvalid,
  ProductHasStock,
  ProductIsDiscontinued,
  ProductNotFound,
  SkuInvalid,
  SkuTaken,
} from '../../domain/product/product.errors';
import { CreateProductRequest } from './create-product.request';
import { ListProductsRequest } from './list-products.request';
import { SkuParam } from './product-sku.param';
import { ProductPage, ProductResponse } from './product.response';
import { UpdateProductRequest } from './update-product.request';

/** HTTP ⇄ commands and queries for the product catalog, addressed by SKU; each change answers with the product as it now is. */
@ApiTags('warehouse')
@Controller('warehouse/products')
export class ProductsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('products:write')
  @ApiOperation({ summary: 'Create a product', description: 'Active from the start. The SKU is upper-cased and unique whatever the case.' })
  @ApiCreatedResponse({ type: ProductResponse })
  @ApiProblems(400, SkuTaken, SkuInvalid, GtinInvalid, ProductDetailsInvalid)
  async createProduct(@Body() body: CreateProductRequest): Promise<ProductResponse> {
    return this.read(await this.commands.execute(new CreateProduct(body)));
  }

  @Get()
  @RequirePermission('products:read')
  @ApiOperation({
    summary: 'List products, by SKU',
    description: 'Filtered by status and by part of the SKU or name. Deleted products are left out.',
  })
  @ApiOkResponse({ type: ProductPage })
  @ApiProblems(400)
  async listProducts(@Query() query: ListProductsRequest): Promise<Page<ProductResponse>> {
    const page = await this.queries.execute(new ListProducts({ status: query.status, search: query.search }, query.page, query.limit));
    return { ...page, items: page.items.map(ProductResponse.from) };
  }

  @Get(':sku')
  @RequirePermission('products:read')
  @ApiOperation({ summary: 'Get a product', description: 'The SKU in any case. A deleted product is not found.' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblems(400, ProductNotFound)
  getProduct(@SkuParam() sku: string): Promise<ProductResponse> {
    return this.read(sku);
  }

  @Patch(':sku')
  @RequirePermission('products:write')
  @ApiOperation({
    summary: "Change some of a product's fields",
    description: 'Name, description, barcode. Left out: unchanged; null clears an optional field. The SKU and unit never change.',
  })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblems(400, ProductNotFound, ConcurrencyConflict, GtinInvalid, ProductDetailsInvalid)
  async updateProduct(@SkuParam() sku: string, @Body() body: UpdateProductRequest): Promise<ProductResponse> {
    await this.commands.execute(new UpdateProduct(sku, body));
    return this.read(sku);
  }

  @Delete(':sku')
  @HttpCode(204)
  @RequirePermission('products:write')
  @ApiOperation({
    summary: 'Delete a product (soft)',
    description: 'Refused while any warehouse holds some on hand or reserved. Its SKU stays taken: the ledger names the product by it.',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, ProductNotFound, ProductHasStock, ConcurrencyConflict)
  async deleteProduct(@SkuParam() sku: string): Promise<void> {
    await this.commands.execute(new DeleteProduct(sku));
  }

  @Post(':sku/discontinue')
  @HttpCode(200)
  @RequirePermission('products:write')
  @ApiOperation({
    summary: 'Discontinue a product',
    description:
      'For good: no more receipts nor reservations of it; stock on hand can still ship. Publishes warehouse.product-discontinued.',
  })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblems(400, ProductNotFound, ProductIsDiscontinued, ConcurrencyConflict)
  async discontinueProduct(@SkuParam() sku: string): Promise<ProductResponse> {
    await this.commands.execute(new DiscontinueProduct(sku));
    return this.read(sku);
  }

  private async read(sku: string): Promise<ProductResponse> {
    return ProductResponse.from(await this.queries.execute(new GetProduct(sku)));
  }
}
