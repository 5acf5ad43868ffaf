import { RoleCreated } from '../../contracts/role-created.event';
import { Role } from '../../domain/role.aggregate';
import { RoleNotFound } from '../../domain/role.errors';
import { RoleRepository } from '../../domain/role.repository';
import { CreateRole } from './create-role.command';
import { CreateRoleHandler } from './create-role.handler';

function inMemory(...stored: Role[]): RoleRepository & { saved: Role[] } {
  const saved: Role[] = [];
  return {
    saved,
    getById: async (id) => {
      const found = stored.find((role) => role.id === id);
      if (!found) throw new RoleNotFound(id);
      return found;
    },
    save: async (role) => void saved.push(role),
  };
}

describe('CreateRoleHandler', () => {
  it('saves a new role that raised RoleCreated, and answers its id', async () => {
    const repository = inMemory();
    const id = await new CreateRoleHandler(repository).execute(new CreateRole());
    expect(repository.saved.map((role) => role.id)).toEqual([id]);
    expect(repository.saved[0].pullEvents()).toEqual([expect.any(RoleCreated)]);
  });
});
