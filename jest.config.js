// One config, three suites: unit tests sit beside the code, e2e and integration tests under test/.
// Path aliases mirror tsconfig.json's "paths".
const { availableParallelism } = require('node:os');

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  rootDir: __dirname,
  transform: { '^.+\\.(ts|js|cjs)$': swc },
  // Compiled for jest's CommonJS sandbox: content-disposition 3 (under @fastify/static, for Swagger UI)
  // ships ESM only, and PGlite loads Node built-ins with import(), which jest's sandbox cannot run.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|@electric-sql/pglite)/)'],
  moduleFileExtensions: ['ts', 'js', 'cjs', 'json'],
  moduleNameMapper: {
    '^@promenade/observability/tracing$': '<rootDir>/libs/observability/src/tracing',
    '^@promenade/(auth|config|ddd|http|messaging|observability|persistence|platform)$': '<rootDir>/libs/$1/src',
  },
};

/** Suites that start whole services: longer timeouts, and nothing they start outlives its file. */
const services = { setupFilesAfterEnv: ['<rootDir>/test/support/after-each-file.ts'] };

module.exports = {
  testTimeout: 30_000,
  // Jest's default, one fewer worker than cores, runs a 2-core machine's whole suite in one process. The e2e apps wait on
  // their embedded database and on argon2's threads part of the time, so half as many workers again as cores keep them
  // busy (a number: jest reads a percentage above 100 as that many workers).
  maxWorkers: Math.ceil(availableParallelism() * 1.5),
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{src,libs}/**/*.spec.ts'] },
    {
      ...shared,
      ...services,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      // The embedded database every e2e app copies instead of running initdb and the migrations itself.
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    { ...shared, ...services, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'] },
    { ...shared, displayName: 'generators', testMatch: ['<rootDir>/test/generators/**/*.gen-spec.ts'] },
  ],
};
