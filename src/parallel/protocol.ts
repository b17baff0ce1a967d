// Messages between the pool (src/parallel/pool.ts) and its workers (src/parallel/worker-main.ts).
import type { MessagePort } from 'node:worker_threads'
import type { Config } from '../config/types.js'
import type { Draft } from '../drafts/types.js'
import type { TutorialInput } from '../engine.js'
import type { Registry, Tutorial } from '../model.js'
import type { Chunk } from './plan.js'

/**
 * Layout of the shared Int32Array: [0] the next chunk to take (threads `Atomics.add` it), then one
 * state cell per worker.
 */
export const NEXT_CHUNK = 0
export const stateCell = (slot: number): number => 1 + slot

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
  chunks: Chunk[]
  /** draft display path per tutorial; absent when only parsing (check) */
  draftPaths?: string[]
  shared: SharedArrayBuffer
  slot: number
  /** results go here, so the pool can read them synchronously */
  port: MessagePort
}

/** Sent by the pool once it has parsed the registry. */
export interface RegistryMessage {
  registry: Registry
}

export type ChunkResult =
  { chunk: number; tutorials: Tutorial[]; drafts?: Draft[] } | { chunk: number; error: string }
