import { Role } from '../../domain/role.aggregate';
import { RoleNotFound } from '../../domain/role.errors';
import { RoleRepository } from '../../domain/role.repository';
import { GetRole } from './get-role.query';
import { GetRoleHandler } from './get-role.handler';

describe('GetRoleHandler', () => {
  const stored = Role.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });
  const repository: RoleRepository = {
    getById: async (id) => {
      if (id !== stored.id) throw new RoleNotFound(id);
      return stored;
    },
    save: async () => undefined,
  };
  const handler = new GetRoleHandler(repository);

  it('answers the stored role', async () => {
    await expect(handler.execute(new GetRole(stored.id))).resolves.toBe(stored);
  });

  it('refuses an unknown id with ROLE_NOT_FOUND', async () => {
    await expect(handler.execute(new GetRole('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'ROLE_NOT_FOUND' });
  });
});
