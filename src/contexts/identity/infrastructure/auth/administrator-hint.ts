import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';

/** No credentials are built in, so a new deployment has no administrator: the start-up log says how to make one. */
@Injectable()
export class AdministratorHint implements OnApplicationBootstrap {
  private readonly logger = new Logger('Identity');

  constructor(@Inject(USER_REPOSITORY) private readonly users: UserRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    const { total } = await this.users.findPage({ role: 'superadmin', status: 'active' }, 0, 1);
    if (total > 0) return;
    this.logger.warn(
      'No administrator yet. Create one with: npm run cli -- create-admin --email <you@example.com> --password "<a long passphrase>"',
    );
  }
}
