/** Jest 30 in native ESM mode (NODE_OPTIONS=--experimental-vm-modules), TypeScript through @swc/jest. */
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': swc,
    // @fastify/static (Swagger UI) is CommonJS and requires ESM-only packages, which Jest on
    // Node 20 cannot require: compile just those to CommonJS.
    '/node_modules/(content-disposition)/.+\\.js$': ['@swc/jest', { swcrc: false, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleNameMapper: {
    '^#common$': '<rootDir>/libs/common/src/index.ts',
    '^#database$': '<rootDir>/libs/database/src/index.ts',
    '^#messaging$': '<rootDir>/libs/messaging/src/index.ts',
    '^#api-client$': '<rootDir>/libs/api-client/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
};

export default {
  testTimeout: 60_000,
  // Two workers on the two cores: the e2e suites spend most of their time waiting on their own
  // service processes, so two files at once nearly halve the run. Each suite has its own database,
  // queue prefix and ports. A worker that has grown past the limit is replaced after its file
  // (setting the limit also keeps Jest from running in band, where ESM module graphs accumulate
  // until the heap is exhausted).
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts', '<rootDir>/test/compose/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/setup-env.ts'],
    },
  ],
};
