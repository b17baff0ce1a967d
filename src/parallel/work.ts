// One chunk's work, the same in a worker and in the calling thread: parse its tutorials, then
// (once the registry is there) finish each with exactly the engine's per-tutorial helper.
import {
  tutorialOf,
  workOn,
  type EngineInput,
  type ParseCache,
  type TutorialWork
} from '../engine.js'
import type { Registry, Tutorial } from '../model.js'
import type { Chunk } from './plan.js'

export type ChunkInput = Pick<EngineInput, 'tutorials' | 'config' | 'strict' | 'drafts'> & {
  /** committed drafts each tutorial owns, by tutorial index (`draftOwners`) */
  owners: [number, number[]][]
}

const engineInput = (input: ChunkInput, cache?: ParseCache): EngineInput => ({
  tutorials: input.tutorials,
  config: input.config,
  registry: [],
  ...(input.strict !== undefined ? { strict: input.strict } : {}),
  ...(input.drafts ? { drafts: input.drafts } : {}),
  ...(cache ? { cache } : {})
})

export function parseChunk(input: ChunkInput, [start, end]: Chunk, cache?: ParseCache): Tutorial[] {
  const e = engineInput(input, cache)
  return input.tutorials.slice(start, end).map((t) => tutorialOf(e, t))
}

/** Finishes the parsed tutorials of a chunk: diagnostics, guarded drafts, drafts (given paths). */
export function finishChunk(
  input: ChunkInput,
  [start]: Chunk,
  tutorials: Tutorial[],
  registry: Registry,
  draftPaths: readonly string[] | undefined
): TutorialWork[] {
  const e = engineInput(input)
  const owners = new Map(input.owners)
  return tutorials.map((t, k) => {
    const i = start + k
    const path = draftPaths?.[i]
    return workOn(e, t, registry, owners.get(i) ?? [], path === undefined ? undefined : () => path)
  })
}
