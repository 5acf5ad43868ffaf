import { Query } from '@nestjs/cqrs';
import { TimezoneNow } from '../timezone-now';

export class GetTimezone extends Query<TimezoneNow> {
  /** `name`: an IANA zone or one of its aliases, in any case; `at`: the moment whose offset is wanted. */
  constructor(
    readonly name: string,
    readonly at: Date = new Date(),
  ) {
    super();
  }
}
