// Messages between the pool (src/parallel/pool.ts) and its workers (src/parallel/worker-main.ts).
import type { CacheLocation } from '../io/cache.js'
import type { MessagePort } from 'node:worker_threads'
import type { Config } from '../config/types.js'
import type { CommittedDraft, TutorialInput, TutorialWork } from '../engine.js'
import type { Registry } from '../model.js'
import type { Chunk } from './plan.js'

/**
 * Layout of the shared Int32Array: [0] the next chunk to take (threads `Atomics.add` it), [1] how
 * many tutorials are done (every thread adds its chunks'; the CLI's progress line reads it), then
 * one state cell per worker.
 */
export const NEXT_CHUNK = 0
export const TUTORIALS_DONE = 1
export const stateCell = (slot: number): number => 2 + slot

export const STATE = {
  /** not started yet: the pool may still cancel it */
  idle: 0,
  running: 1,
  /** every result it owes has been posted */
  done: 2,
  /** cancelled by the pool before it started: takes nothing */
  cancelled: 3
} as const

/** What a worker is started with (`workerData`). */
export interface WorkerJob {
  tutorials: TutorialInput[]
  config: Config
  strict: boolean
  /** committed drafts to guard, and which tutorial owns which (by index) */
  drafts?: CommittedDraft[]
  owners: [number, number[]][]
  chunks: Chunk[]
  /** draft display path per tutorial; absent when no drafts are built (check) */
  draftPaths?: string[]
  shared: SharedArrayBuffer
  slot: number
  /** results go here, so the pool can read them synchronously */
  port: MessagePort
  /** the `--cache` folder: tutorials are looked up there and added to it */
  cacheAt?: CacheLocation
}

/** Sent by the pool once it has parsed the registry. */
export interface RegistryMessage {
  registry: Registry
}

export type ChunkResult =
  { chunk: number; works: TutorialWork[] } | { chunk: number; error: string }
