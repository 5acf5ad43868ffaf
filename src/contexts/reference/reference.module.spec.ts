import { MODULE_METADATA } from '@nestjs/common/constants';
import { ReferenceModule } from './reference.module';

describe('ReferenceModule', () => {
  it('registers its persistence models with TypeORM', () => {
    const imports = Reflect.getMetadata(MODULE_METADATA.IMPORTS, ReferenceModule) as Array<{ module?: { name: string } }>;
    expect(imports.map((imported) => imported.module?.name)).toEqual(['TypeOrmModule']);
  });
});
