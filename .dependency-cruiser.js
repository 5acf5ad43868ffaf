// The architecture, as rules a change cannot break unnoticed (`npm run arch`).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds rules only: no application, infrastructure, HTTP, ORM or driver imports.',
      severity: 'error',
      from: { path: '^src/contexts/[^/]+/domain/' },
      to: {
        path: [
          '^src/contexts/[^/]+/(application|infrastructure)/',
          '^libs/(auth|http|observability|persistence|platform)/',
          'node_modules/(@nestjs/(common|core|platform-[^/]+|swagger|typeorm|terminus)|typeorm|pg|fastify|class-validator|class-transformer)/',
        ],
      },
    },
    {
      name: 'kernel-is-pure',
      comment: 'libs/ddd is what domain/ builds on: it may not bring in HTTP, persistence or the other libraries.',
      severity: 'error',
      from: { path: '^libs/ddd/' },
      to: {
        path: [
          '^libs/(auth|config|http|messaging|observability|persistence|platform)/',
          'node_modules/(@nestjs/(common|core|platform-[^/]+|swagger|typeorm|terminus)|typeorm|pg|fastify)/',
        ],
      },
    },
    {
      name: 'application-knows-no-infrastructure',
      comment: 'Use cases depend on ports (domain/), never on adapters (infrastructure/) or the persistence library.',
      severity: 'error',
      from: { path: '^src/contexts/[^/]+/application/' },
      to: {
        path: [
          '^src/contexts/[^/]+/infrastructure/',
          '^libs/persistence/',
          'node_modules/(typeorm|pg|fastify|@nestjs/(typeorm|swagger|platform-[^/]+))/',
        ],
      },
    },
    {
      name: 'contexts-meet-only-through-contracts',
      comment:
        'A context may import another context only from its contracts/ folder (the events it publishes): never its ' +
        'domain/events/ (internal events, free to change) nor its application/publications/ (how it maps them).',
      severity: 'error',
      from: { path: '^src/contexts/([^/]+)/' },
      to: { path: '^src/contexts/[^/]+/', pathNot: ['^src/contexts/$1/', '^src/contexts/[^/]+/contracts/'] },
    },
    {
      name: 'contracts-stand-alone',
      comment: 'contracts/ is published to other contexts: it may not drag in its own context internals.',
      severity: 'error',
      from: { path: '^src/contexts/[^/]+/contracts/' },
      to: { path: '^src/contexts/[^/]+/(domain|application|infrastructure)/' },
    },
    {
      name: 'libs-never-import-src',
      comment: 'libs/ is the framework; the platform (src/) builds on it, never the reverse.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^src/' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles make modules load half-initialised and hide layering mistakes.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|/dist/|\\.spec\\.ts$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default'] },
  },
};
