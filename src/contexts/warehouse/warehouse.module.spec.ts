import { MODULE_METADATA } from '@nestjs/common/constants';
import { WarehouseModule } from './warehouse.module';

describe('WarehouseModule', () => {
  it('registers its persistence models with TypeORM', () => {
    const imports = Reflect.getMetadata(MODULE_METADATA.IMPORTS, WarehouseModule) as Array<{ module?: { name: string } }>;
    expect(imports.map((imported) => imported.module?.name)).toEqual(['TypeOrmModule']);
  });
});
