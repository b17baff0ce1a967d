// ts-jest in ESM mode, as actions/typescript-action configures it.
export default {
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  // __tests__/slow runs on its own: npm run test:slow (jest.slow.config.js)
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/__tests__/slow/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: 'tsconfig.json', useESM: true, diagnostics: { ignoreCodes: ['TS151001'] } }
    ]
  },
  testTimeout: 60000,
  verbose: false
}
