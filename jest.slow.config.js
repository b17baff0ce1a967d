// The slow tests (npm pack + install of the tarball): `npm run test:slow`, kept out of `npm test`.
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['**/__tests__/slow/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 300000
}
