// The worker side of the pool: take chunks from the shared counter until none is left, parse them,
// wait for the registry the pool parses once, finish them (guard, draft, compact), post each result, then say "done".
import { parentPort, workerData } from 'node:worker_threads'
import type { Registry } from '../model.js'
import {
  NEXT_CHUNK,
  STATE,
  stateCell,
  TUTORIALS_DONE,
  type ChunkResult,
  type RegistryMessage,
  type WorkerJob
} from './protocol.js'
import { finishChunk, parseChunk } from './work.js'
import { openCache } from '../io/cache.js'

export async function runWorker(job: WorkerJob, registry: Promise<Registry>): Promise<void> {
  const shared = new Int32Array(job.shared)
  const cell = stateCell(job.slot)
  // The pool cancels workers that have not started by the time it ran out of chunks itself.
  if (Atomics.compareExchange(shared, cell, STATE.idle, STATE.running) !== STATE.idle) return
  Atomics.notify(shared, cell)
  // the tutorials this worker reads are looked up in, and added to, the run's `--cache` folder
  const cache = job.cacheAt ? openCache(job.cacheAt.dir, { salt: job.cacheAt.salt }) : undefined
  try {
    for (;;) {
      const chunk = Atomics.add(shared, NEXT_CHUNK, 1)
      if (chunk >= job.chunks.length) break
      const range = job.chunks[chunk]!
      let result: ChunkResult
      try {
        // parse first: the pool parses the registry meanwhile
        const tutorials = parseChunk(job, range, cache)
        result = {
          chunk,
          works: finishChunk(job, range, tutorials, await registry, job.draftPaths)
        }
      } catch (e) {
        // the pool redoes the chunk in its own thread, where the error surfaces as usual
        result = { chunk, error: String((e as Error)?.stack ?? e) }
      }
      job.port.postMessage(result)
      Atomics.add(shared, TUTORIALS_DONE, range[1] - range[0])
    }
  } finally {
    // a folder that cannot take the entries is reported by the calling thread, which writes
    // there too
    cache?.close()
    Atomics.store(shared, cell, STATE.done)
    Atomics.notify(shared, cell)
    job.port.close()
  }
}

/** Starts the worker when this module runs inside a worker thread of the pool. */
export function startWorker(): void {
  if (!parentPort || !workerData) return
  const port = parentPort
  const registry = new Promise<Registry>((resolve) => {
    port.on('message', (m: RegistryMessage) => {
      if (m && m.registry) resolve(m.registry)
    })
  })
  void runWorker(workerData as WorkerJob, registry).finally(() => port.unref())
}
