import { MODULE_METADATA } from '@nestjs/common/constants';
import { IdentityModule } from './identity.module';

describe('IdentityModule', () => {
  it('registers its persistence models with TypeORM', () => {
    const imports = Reflect.getMetadata(MODULE_METADATA.IMPORTS, IdentityModule) as Array<{ module?: { name: string } }>;
    expect(imports.map((imported) => imported.module?.name)).toEqual(['TypeOrmModule']);
  });
});
