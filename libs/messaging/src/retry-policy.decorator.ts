import { SetMetadata } from '@nestjs/common';

export const RETRY_POLICY = 'promenade:retry-policy';

export interface RetryPolicy {
  /** Attempts before the delivery becomes a dead letter (default EVENT_MAX_ATTEMPTS). */
  attempts: number;
}

/** Overrides the attempts of one event handler class. */
export const EventRetryPolicy = (policy: RetryPolicy): ClassDecorator => SetMetadata(RETRY_POLICY, policy);
