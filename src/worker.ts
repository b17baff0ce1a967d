// Entry of the worker threads that parse and draft tutorials in parallel (bundled to dist/worker.js).
import { startWorker } from './parallel/worker-main.js'

startWorker()
