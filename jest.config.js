// ts-jest in ESM mode, as actions/typescript-action configures it.
// Two projects: `fast` (unit and CLI tests, `npm test`) and `slow` (the action run as GitHub runs
// it, fault injection, hostile input, properties, benchmark smoke, packaging: `npm run test:slow`).
// CI (.ci/run) runs both.
import { availableParallelism } from 'node:os'

const SLOW = ['e2e', 'fault', 'hostile', 'property', 'bench', 'slow']
const slowDir = `/__tests__/(${SLOW.join('|')})/`

const base = {
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: 'tsconfig.json', useESM: true, diagnostics: { ignoreCodes: ['TS151001'] } }
    ]
  }
}

export default {
  testTimeout: 60000,
  // Jest's default is one worker fewer than the CPUs: on a 2-core machine that is one, and the
  // suites ran one after another (`npm test` 128 s here; 82 s with two workers)
  maxWorkers: Math.max(2, availableParallelism() - 1),
  verbose: false,
  projects: [
    {
      ...base,
      displayName: 'fast',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', slowDir]
    },
    {
      ...base,
      displayName: 'slow',
      testMatch: SLOW.map((d) => `<rootDir>/__tests__/${d}/**/*.test.ts`),
      testPathIgnorePatterns: ['/node_modules/', '/dist/']
    }
  ]
}
