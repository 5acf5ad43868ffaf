import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, OperationObject, ResponseObject, SwaggerModule } from '@nestjs/swagger';
import { BEARER_SCHEME } from '@promenade/auth';
import { problemResponse } from './api-problems.decorator';
import { documentIdempotencyKeys } from './idempotency';
import { PROBLEM_CONTENT_TYPE } from './problem-details';

export interface ApiInfo {
  title: string;
  description: string;
  version: string;
  /** One entry per tag the controllers use (`@ApiTags`): what its operations are about. */
  tags: Record<string, string>;
}

/** Methods whose requests Fastify reads a body for: they can answer 413 (too large) and 415 (not JSON). */
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Serves the document at /docs-json and Swagger UI at /docs. The document is built on the first request for it, not at
 * start: scanning every route's metadata took a tenth of a start, which every process and test app paid, most never asked.
 */
export function setUpOpenApi(app: INestApplication, info: ApiInfo): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app, info), {
    jsonDocumentUrl: 'docs-json',
    swaggerOptions: { persistAuthorization: true, showExtensions: true },
  });
}

/**
 * The OpenAPI document of the app's routes, finished in one place for what every operation shares: security,
 * the problem answers any route can give, and default descriptions. `npm run openapi:lint` holds it to Redocly's rules.
 */
export function buildOpenApiDocument(app: INestApplication, info: ApiInfo): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(info.title)
    .setDescription(info.description)
    .setVersion(info.version)
    .setLicense('MIT', 'https://opensource.org/license/mit')
    // Relative: the paths already carry the API prefix, so a client's base URL is wherever the service answers.
    .addServer('/', 'This service')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token from POST /api/v1/identity/auth/login.' },
      BEARER_SCHEME,
    );
  // Controller method names are use cases (placeOrder, listCustomers): they are the operationIds clients generate from.
  const document = SwaggerModule.createDocument(app, config.build(), { operationIdFactory: (_controller, method) => method });
  return describeDefaults(documentCommonProblems(documentIdempotencyKeys(documentSecurity(declareTags(document, info.tags)))));
}

/** Lists every tag the operations use, in order of first use, with its description when the app gives one. */
function declareTags(document: OpenAPIObject, descriptions: Record<string, string>): OpenAPIObject {
  const used = new Set([...operationsOf(document)].flatMap(({ operation }) => operation.tags ?? []));
  document.tags = [...used].map((name) => (descriptions[name] ? { name, description: descriptions[name] } : { name }));
  return document;
}

function* operationsOf(document: OpenAPIObject): Generator<{ path: string; method: string; operation: OperationObject }> {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as Array<[string, OperationObject]>) yield { path, method, operation };
  }
}

/**
 * Every route is either @Public() or requires a permission (libs/auth checks it at startup), and only the latter
 * carry a security requirement: the rest are stated public (`security: []`). Protected ones can answer 401 and 403.
 */
function documentSecurity(document: OpenAPIObject): OpenAPIObject {
  for (const { operation } of operationsOf(document)) {
    const security = operation.security ?? [];
    if (security.length === 0) {
      operation.security = [];
      continue;
    }
    if (!security.every((requirement) => BEARER_SCHEME in requirement)) continue;
    operation.responses['401'] ??= problemResponse(401, ['UNAUTHENTICATED']);
    operation.responses['403'] ??= problemResponse(403, ['PERMISSION_DENIED']);
  }
  return document;
}

/**
 * The answers the HTTP layer gives before or around any handler: 500 on every operation, 413 and 415 where a body is
 * read. Each problem example names its own operation's path as `instance`.
 */
function documentCommonProblems(document: OpenAPIObject): OpenAPIObject {
  for (const { path, method, operation } of operationsOf(document)) {
    if (BODY_METHODS.has(method)) {
      operation.responses['413'] ??= problemResponse(413, ['PAYLOAD_TOO_LARGE']);
      operation.responses['415'] ??= problemResponse(415, ['UNSUPPORTED_MEDIA_TYPE']);
    }
    operation.responses['500'] ??= problemResponse(500, ['INTERNAL_ERROR']);
    for (const response of Object.values(operation.responses) as ResponseObject[]) {
      const example = response.content?.[PROBLEM_CONTENT_TYPE]?.example as { instance?: string } | undefined;
      if (example) example.instance = path;
    }
  }
  return document;
}

/** Operations without a description repeat their summary; responses without one say what their schema holds. */
function describeDefaults(document: OpenAPIObject): OpenAPIObject {
  for (const { method, operation } of operationsOf(document)) {
    if (!operation.description && operation.summary) operation.description = `${operation.summary}.`;
    for (const [status, response] of Object.entries(operation.responses) as Array<[string, ResponseObject]>) {
      if (!response.description) response.description = defaultDescription(status, method, response);
    }
  }
  return document;
}

function defaultDescription(status: string, method: string, response: ResponseObject): string {
  const schema = response.content?.['application/json']?.schema as { $ref?: string; items?: { $ref?: string } } | undefined;
  const itemRef = schema?.items?.$ref;
  const ref = schema?.$ref ?? itemRef;
  if (!ref) return status === '201' ? 'Created.' : 'Done.';
  const name = ref.slice(ref.lastIndexOf('/') + 1);
  const page = /^(.+)Page$/.exec(name);
  if (page) return `One page of ${words(page[1])} items, with the total across all pages.`;
  const subject = words(name.replace(/Response$/, ''));
  if (itemRef) return `Every ${subject}.`;
  if (status === '201') return `The created ${subject}.`;
  return method === 'get' ? `The ${subject}.` : `The ${subject}, as it is after the change.`;
}

/** `SalesRepPerformance` → `sales rep performance`. */
function words(typeName: string): string {
  return typeName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
