import { MODULE_METADATA } from '@nestjs/common/constants';
import { FulfillmentModule } from './fulfillment.module';

describe('FulfillmentModule', () => {
  it('registers its persistence models with TypeORM', () => {
    const imports = Reflect.getMetadata(MODULE_METADATA.IMPORTS, FulfillmentModule) as Array<{ module?: { name: string } }>;
    expect(imports.map((imported) => imported.module?.name)).toEqual(['TypeOrmModule']);
  });
});
