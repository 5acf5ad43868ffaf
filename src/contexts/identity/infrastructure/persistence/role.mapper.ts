import { AggregateMapper } from '@promenade/persistence';
import { Role } from '../../domain/role/role.aggregate';
import { RoleModel } from './role.model';

export const roleMapper: AggregateMapper<Role, RoleModel> = {
  toDomain(model) {
    return Role.restore({
      id: model.id,
      version: model.version,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
      name: model.name,
      description: model.description,
      permissions: model.permissions,
      isSystem: false,
    });
  },

  toModel(role) {
    return Object.assign(new RoleModel(), {
      id: role.id,
      createdAt: role.createdAt,
      name: role.name,
      description: role.description,
      permissions: [...role.permissions],
    });
  },
};
