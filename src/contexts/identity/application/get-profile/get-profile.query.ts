import { Query } from '@nestjs/cqrs';
import { Profile } from '../../domain/profile.aggregate';

export class GetProfile extends Query<Profile> {
  constructor(readonly profileId: string) {
    super();
  }
}
