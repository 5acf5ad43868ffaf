import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { TransactionalCommandBus } from '@promenade/platform';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateProduct } from '../../application/create-product/create-product.command';
import { DiscontinueProduct } from '../../application/discontinue-product/discontinue-product.command';
import { ConcurrencyConflict } from '@promenade/ddd';
import { ProductNotFound } from '../../domain/product/product.errors';
import { GetProduct } from '../../application/get-product/get-product.query';
import { ProductResponse } from './product.response';

/** HTTP ⇄ commands and queries for products. */
@ApiTags('warehouse')
@Controller('warehouse/products')
export class ProductsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('products:write')
  @ApiOperation({ summary: 'Create a product' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createProduct(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateProduct()) };
  }

  @Post(':id/discontinue')
  @RequirePermission('products:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Discontinue a product' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, ProductNotFound, ConcurrencyConflict)
  async discontinueProduct(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new DiscontinueProduct(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('products:read')
  @ApiOperation({ summary: 'Get a product' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblems(400, ProductNotFound)
  async getProduct(@UuidParam('id') id: string): Promise<ProductResponse> {
    return ProductResponse.from(await this.queries.execute(new GetProduct(id)));
  }
}
