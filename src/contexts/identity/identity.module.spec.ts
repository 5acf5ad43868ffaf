import { MODULE_METADATA } from '@nestjs/common/constants';
import { AUTHENTICATOR } from '@promenade/auth';
import { IdentityModule } from './identity.module';

describe('IdentityModule', () => {
  it('registers its persistence models, the token signer and the credential rate limits', () => {
    const imports = Reflect.getMetadata(MODULE_METADATA.IMPORTS, IdentityModule) as Array<{ module?: { name: string } }>;
    expect(imports.map((imported) => imported.module?.name)).toEqual(['TypeOrmModule', 'JwtModule', 'ThrottlerModule']);
  });

  it('provides the Authenticator the global guard needs (without it the service refuses to start)', () => {
    const providers = Reflect.getMetadata(MODULE_METADATA.PROVIDERS, IdentityModule) as Array<{ provide?: unknown }>;
    expect(providers.some((provider) => provider.provide === AUTHENTICATOR)).toBe(true);
  });
});
