// One chunk's work, the same in a worker and in the calling thread: parse its tutorials, then (when
// draft paths are given) build their drafts, with exactly the engine's per-item helpers.
import type { Draft } from '../drafts/types.js'
import { draftOf, tutorialOf, type EngineInput } from '../engine.js'
import type { Registry, Tutorial } from '../model.js'
import type { Chunk } from './plan.js'

export type ChunkInput = Pick<EngineInput, 'tutorials' | 'config' | 'strict'>

export function parseChunk(input: ChunkInput, [start, end]: Chunk): Tutorial[] {
  const engineInput: EngineInput = { ...input, registry: [] }
  return input.tutorials.slice(start, end).map((t) => tutorialOf(engineInput, t))
}

export function draftChunk(
  input: ChunkInput,
  [start]: Chunk,
  tutorials: Tutorial[],
  registry: Registry,
  draftPaths: readonly string[]
): Draft[] {
  const engineInput: EngineInput = { ...input, registry: [] }
  return tutorials.map((t, i) => draftOf(engineInput, t, registry, draftPaths[start + i]!))
}
