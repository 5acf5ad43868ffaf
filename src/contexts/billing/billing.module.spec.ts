import { MODULE_METADATA } from '@nestjs/common/constants';
import { BillingModule } from './billing.module';

describe('BillingModule', () => {
  it('registers its persistence models with TypeORM', () => {
    const imports = Reflect.getMetadata(MODULE_METADATA.IMPORTS, BillingModule) as Array<{ module?: { name: string } }>;
    expect(imports.map((imported) => imported.module?.name)).toEqual(['TypeOrmModule']);
  });
});
