import { Provider } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { DataSource } from 'typeorm';
import { PAYMENT_PROVIDER } from '../../domain/payment/payment-provider';
import { SANDBOX_RECORDS } from './sandbox-records';
import { sandboxRecordsFor } from './sandbox-records.factory';
import { SandboxPaymentProvider } from './sandbox.payment-provider';
import { TimeLimitedPaymentProvider } from './time-limited.payment-provider';
import { WEBHOOK_SECRET, webhookSecretOf } from './webhook-secret';

/** The adapter PAYMENT_PROVIDER names (only `sandbox` so far; docs/payment-providers.md shows a second), time-limited. */
export const paymentProviderProviders: Provider[] = [
  { provide: WEBHOOK_SECRET, inject: [AppConfig], useFactory: webhookSecretOf },
  { provide: SANDBOX_RECORDS, inject: [AppConfig, DataSource], useFactory: sandboxRecordsFor },
  SandboxPaymentProvider,
  {
    provide: PAYMENT_PROVIDER,
    inject: [AppConfig, SandboxPaymentProvider],
    useFactory: (config: AppConfig, sandbox: SandboxPaymentProvider) =>
      new TimeLimitedPaymentProvider(sandbox, config.PAYMENT_PROVIDER_TIMEOUT_MS),
  },
];
