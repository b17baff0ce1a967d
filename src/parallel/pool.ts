// Worker threads for big inputs: tutorials are parsed and drafted in chunks by the calling thread
// and N-1 workers together, the registry parsed once (here) and handed to the workers. The API
// stays synchronous: this thread works through chunks itself, then blocks on Atomics.wait until
// every started worker has posted its results, and reads them with receiveMessageOnPort.
import type { CacheLocation } from '../io/cache.js'
import { existsSync } from 'node:fs'
import { availableParallelism, freemem, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads'
import {
  draftOwners,
  registryOf,
  type EngineInput,
  type Prepared,
  type TutorialWork
} from '../engine.js'
import { autoJobs, planChunks, tutorialBytes, worthParallel, type Chunk } from './plan.js'
import {
  NEXT_CHUNK,
  STATE,
  TUTORIALS_DONE,
  stateCell,
  type ChunkResult,
  type WorkerJob
} from './protocol.js'
import { finishChunk, parseChunk } from './work.js'

export {
  AUTO_MIN_BYTES,
  MIN_BYTES,
  MIN_TUTORIALS,
  autoJobs,
  planChunks,
  worthParallel
} from './plan.js'

/** Environment variable that sets the number of threads (1 = never start workers). */
export const JOBS_ENV = 'TUTORIAL_AMPLIFIER_JOBS'

export interface PoolOptions {
  /**
   * threads in all, this one included; default: $TUTORIAL_AMPLIFIER_JOBS, else `autoJobs` (one
   * thread below 16 MB of tutorials, else idle cores while memory lasts)
   */
  jobs?: number
  /** the worker entry; default: worker.js beside the bundle (dist/worker.js) */
  workerUrl?: URL
  /** extra Node flags for the workers */
  execArgv?: string[]
  minTutorials?: number
  minBytes?: number
  /** chunks per thread (more = better balance, more messages); default 4 */
  chunksPerThread?: number
  /** how long to wait for a worker's results before redoing its chunks here; default 10 minutes */
  timeoutMs?: number
  /** the calling thread takes no chunk and waits for the workers (tests: proves they ran) */
  workersOnly?: boolean
  /** told how the work was shared out (benchmark and tests) */
  onStats?: (stats: PoolStats) => void
  /** told how many tutorials all threads have done, now and then (the CLI's progress line) */
  onProgress?: (done: number, total: number) => void
  /** the `--cache` folder the workers read and add to too (src/io/cache.ts) */
  cacheAt?: CacheLocation
}

export interface PoolStats {
  threads: number
  chunks: number
  /** chunks done by workers (the rest by the calling thread) */
  byWorkers: number
  /** workers cancelled before they started */
  cancelled: number
}

/**
 * $TUTORIAL_AMPLIFIER_JOBS when set; else, given the input's bytes of tutorials, `autoJobs` for this
 * machine; else the CPU count.
 */
export function defaultJobs(env: NodeJS.ProcessEnv = process.env, bytes?: number): number {
  const n = Number.parseInt(env[JOBS_ENV] ?? '', 10)
  if (Number.isFinite(n) && n >= 1) return n
  const cpus = Math.max(1, availableParallelism())
  if (bytes === undefined) return cpus
  return autoJobs(bytes, { cpus, freeBytes: freemem(), load: loadavg()[0] ?? 0 })
}

/**
 * The bundled worker entry: `worker.js` beside this module, or one folder up when this code sits
 * in a shared chunk (dist/chunks/). Undefined when running from TypeScript sources.
 */
export function bundledWorkerUrl(): URL | undefined {
  for (const rel of ['./worker.js', '../worker.js']) {
    const url = new URL(rel, import.meta.url)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url
  }
  return undefined
}

interface Started {
  worker: Worker
  port: MessagePort
}

/**
 * Parses every tutorial (and, given `draftPaths`, builds every draft) of `input` on several threads.
 * Returns undefined when the input is too small, only one thread is allowed, or no worker entry
 * exists; the caller then runs the engine as usual. The result is what the engine itself would
 * compute: `generate(input, path, prepared)` / `check(input, prepared)`.
 */
export function prepareInParallel(
  input: EngineInput,
  draftPaths: readonly string[] | undefined,
  opts: PoolOptions = {}
): Prepared | undefined {
  const jobs =
    opts.jobs ??
    defaultJobs(
      process.env,
      input.tutorials.reduce((n, t) => n + tutorialBytes(t), 0)
    )
  if (!worthParallel(input.tutorials, { ...opts, jobs })) return undefined
  const workerUrl = opts.workerUrl ?? bundledWorkerUrl()
  if (!workerUrl) return undefined

  const chunks = planChunks(input.tutorials, jobs * (opts.chunksPerThread ?? 4))
  const nWorkers = Math.min(jobs - 1, chunks.length - 1)
  if (nWorkers < 1) return undefined
  const shared = new SharedArrayBuffer(4 * (2 + nWorkers))
  const cells = new Int32Array(shared)
  const chunkInput = {
    tutorials: input.tutorials,
    config: input.config,
    strict: input.strict ?? false,
    ...(input.drafts?.length ? { drafts: input.drafts } : {}),
    owners: [...draftOwners(input)]
  }
  const results: (TutorialWork[] | undefined)[] = chunks.map(() => undefined)
  const started: Started[] = []
  try {
    for (let slot = 0; slot < nWorkers; slot++) {
      const { port1, port2 } = new MessageChannel()
      const job: WorkerJob = {
        ...chunkInput,
        chunks,
        shared,
        slot,
        port: port2,
        ...(draftPaths ? { draftPaths: [...draftPaths] } : {}),
        ...(opts.cacheAt ? { cacheAt: opts.cacheAt } : {})
      }
      const worker = new Worker(workerUrl, {
        workerData: job,
        transferList: [port2],
        execArgv: opts.execArgv ?? [],
        stdout: false,
        stderr: false
      })
      // A worker that fails never marks itself done or posts results; its chunks are redone here.
      worker.on('error', () => undefined)
      worker.unref()
      started.push({ worker, port: port1 })
    }

    // The registry is parsed once, here, while the workers start and parse tutorials.
    const registry = registryOf(input)
    for (const s of started) s.worker.postMessage({ registry })

    const total = input.tutorials.length
    const progress = (): void => opts.onProgress?.(Atomics.load(cells, TUTORIALS_DONE), total)
    const doHere = (i: number): void => {
      const chunk = chunks[i]!
      results[i] = finishChunk(
        chunkInput,
        chunk,
        parseChunk(chunkInput, chunk),
        registry,
        draftPaths
      )
      Atomics.add(cells, TUTORIALS_DONE, chunk[1] - chunk[0])
      progress()
    }
    for (; !opts.workersOnly;) {
      const i = Atomics.add(cells, NEXT_CHUNK, 1)
      if (i >= chunks.length) break
      doHere(i)
    }

    const here = results.filter((r) => r).length
    const cancelled = collect(
      started,
      cells,
      results,
      opts.timeoutMs ?? 600_000,
      !!opts.workersOnly,
      opts.onProgress ? progress : undefined
    )
    const byWorkers = results.filter((r) => r).length - here
    // Chunks a worker failed (or never reported) are redone here: an error then surfaces as usual.
    results.forEach((r, i) => {
      if (!r) doHere(i)
    })
    opts.onStats?.({ threads: 1 + nWorkers, chunks: chunks.length, byWorkers, cancelled })
    return { registry, works: results.flatMap((r) => r!) }
  } finally {
    for (const s of started) {
      s.port.close()
      void s.worker.terminate()
    }
  }
}

/** Waits for every started worker to finish, then reads its posted results; returns how many were cancelled. */
function collect(
  started: Started[],
  cells: Int32Array,
  results: (TutorialWork[] | undefined)[],
  timeoutMs: number,
  waitForStart: boolean,
  /** called between waits of at most 100 ms while workers run (progress) */
  tick?: () => void
): number {
  const deadline = Date.now() + timeoutMs
  const waitWhile = (cell: number, state: number): void => {
    while (Atomics.load(cells, cell) === state) {
      const left = deadline - Date.now()
      if (left <= 0) break
      Atomics.wait(cells, cell, state, tick ? Math.min(left, 100) : left)
      tick?.()
    }
  }
  let cancelled = 0
  started.forEach((s, slot) => {
    const cell = stateCell(slot)
    if (waitForStart) waitWhile(cell, STATE.idle)
    // A worker still booting is cancelled: it will take no chunk, so there is nothing to wait for.
    if (Atomics.compareExchange(cells, cell, STATE.idle, STATE.cancelled) === STATE.idle) {
      cancelled++
      return
    }
    waitWhile(cell, STATE.running)
    for (let m = receiveMessageOnPort(s.port); m; m = receiveMessageOnPort(s.port)) {
      const r = m.message as ChunkResult
      if ('error' in r) continue
      results[r.chunk] = r.works
    }
  })
  return cancelled
}

export type { Chunk }
