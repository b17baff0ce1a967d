// Pure planning for the worker pool: whether threads pay off, and how to cut the tutorials into
// contiguous chunks of about equal size (in input order, so results merge back by chunk index).
import type { TutorialInput } from '../engine.js'

/** Below both thresholds the single-thread path is faster than starting a worker. */
export const MIN_TUTORIALS = 8
export const MIN_BYTES = 2 * 1024 * 1024

/**
 * What the default thread count is chosen from (the pool reads it from `node:os`): logical CPUs,
 * free memory and the 1-minute load average.
 */
export interface Machine {
  cpus: number
  freeBytes: number
  load: number
}

/**
 * Below this many bytes of tutorials the default is one thread. Measured on the bench's 4.6 MB
 * corpus (2 cores, load 7–10): a second thread raised peak RSS from ~295 MB to 400–460 MB (a
 * second V8 heap holding its own copy of the bundle, the inputs and its results), used 0–25 % more
 * CPU, and took 0.9–1.25× the wall time of one thread. Threads are for large corpora only.
 */
export const AUTO_MIN_BYTES = 16 * 1024 * 1024
/** Free memory the default wants per extra thread (its heap peaks at 150–200 MB on the bench). */
export const THREAD_BYTES = 512 * 1024 * 1024

/**
 * The default number of threads for `bytes` of tutorials: one below `AUTO_MIN_BYTES`; above it,
 * one more for each core nothing else keeps busy (CPUs minus the load average) while each extra
 * thread has `THREAD_BYTES` of free memory. Only the time and memory it costs depend on it: the
 * output is the same for any number of threads.
 */
export function autoJobs(bytes: number, m: Machine): number {
  if (bytes < AUTO_MIN_BYTES) return 1
  const idle = Math.floor(m.cpus - m.load)
  const memory = Math.floor(m.freeBytes / THREAD_BYTES)
  return Math.max(1, Math.min(m.cpus, idle, 1 + memory))
}

/** A chunk is the half-open index range [start, end) of `input.tutorials`. */
export type Chunk = readonly [start: number, end: number]

export function tutorialBytes(t: TutorialInput): number {
  let n = 0
  for (const f of t.files) n += f.text.length
  return n
}

export interface PlanOptions {
  /** threads in all, the calling one included */
  jobs: number
  minTutorials?: number
  minBytes?: number
}

/** True when the input is big enough for `jobs` > 1 threads to beat one. */
export function worthParallel(tutorials: readonly TutorialInput[], o: PlanOptions): boolean {
  if (o.jobs < 2 || tutorials.length < 2) return false
  if (tutorials.length >= (o.minTutorials ?? MIN_TUTORIALS)) return true
  let bytes = 0
  for (const t of tutorials) bytes += tutorialBytes(t)
  return bytes >= (o.minBytes ?? MIN_BYTES)
}

/**
 * Cuts the tutorials into about `parts` contiguous chunks of similar byte size (never empty, never
 * more chunks than tutorials). Several chunks per thread let fast threads take more of them.
 */
export function planChunks(tutorials: readonly TutorialInput[], parts: number): Chunk[] {
  const n = tutorials.length
  if (n === 0) return []
  const k = Math.max(1, Math.min(n, Math.floor(parts)))
  const sizes = tutorials.map((t) => tutorialBytes(t) + 1)
  const total = sizes.reduce((a, b) => a + b, 0)
  const chunks: Chunk[] = []
  let start = 0
  let acc = 0
  for (let i = 0; i < n; i++) {
    acc += sizes[i]!
    const after = k - chunks.length - 1 // chunks still to open once this one closes
    if (after === 0) break // the current chunk is the last one: it takes the rest
    const left = n - i - 1 // tutorials after this one
    if (acc >= (total * (chunks.length + 1)) / k || left === after) {
      chunks.push([start, i + 1])
      start = i + 1
    }
  }
  if (start < n) chunks.push([start, n])
  return chunks
}
