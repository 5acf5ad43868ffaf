import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Role } from '../../domain/role.aggregate';
import { RoleNotFound } from '../../domain/role.errors';
import { RoleRepository } from '../../domain/role.repository';
import { roleMapper } from './role.mapper';
import { RoleModel } from './role.model';

@Injectable()
export class RoleTypeOrmRepository extends TypeOrmAggregateRepository<Role, RoleModel> implements RoleRepository {
  constructor(uow: UnitOfWork) {
    super(uow, RoleModel, roleMapper);
  }

  async getById(id: string): Promise<Role> {
    const role = await this.findById(id);
    if (!role) throw new RoleNotFound(id);
    return role;
  }
}
