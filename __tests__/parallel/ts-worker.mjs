// Test-only worker entry: registers tsx so the TypeScript worker entry (src/worker.ts) can run.
import { register } from 'tsx/esm/api'

register()
await import('../../src/worker.ts')
