import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@promenade/config';
import { configureHttpApp, createHttpAdapter } from '@promenade/http';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

/** Builds the application exactly as `npm start` runs it; tests call it too, so they test the real thing. */
export async function createApp(): Promise<NestFastifyApplication> {
  // bodyParser: false leaves JSON parsing to the adapter's parser, which names malformed bodies.
  const { TRUST_PROXY } = loadConfig();
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createHttpAdapter({ trustProxy: TRUST_PROXY }), {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  configureHttpApp(app, {
    title: 'Promenade',
    description: 'Business platform built as DDD bounded contexts. Errors are RFC 9457 problem+json.',
    version: '1',
    tags: {
      identity: 'Accounts, sign-in and tokens, roles and permissions, contacts and profiles.',
      reference: 'Countries, currencies, languages and time zones from published ISO packages; reads are public.',
      crm: 'Customers, companies, deals and interactions, and analytics read from them.',
      ordering: 'Orders: drafted line by line, placed or cancelled.',
      shipping: 'Shipments of placed orders: shipped, then delivered.',
      billing: 'Invoices and credit notes, payments through a provider with signed webhooks, plans and subscriptions.',
      warehouse: 'Products, warehouses, stock per location with its movement ledger, and reservations that never oversell.',
      admin: 'Operating the event system: dead letters, delivery statistics and sagas.',
      health: 'Liveness and readiness probes for orchestrators.',
    },
  });
  return app;
}
