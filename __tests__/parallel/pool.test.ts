// The worker pool must give exactly what the single-thread engine gives. Workers here run the
// TypeScript entry (src/worker.ts) through tsx (ts-worker.mjs); the bundle runs dist/worker.js.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { CLAIM_ID_PATTERN, registryFiles, tutorialFiles } from '../../bench/corpus.mjs'
import { defaultConfig } from '../../src/config/types.js'
import { check, generate, type EngineInput, type TutorialInput } from '../../src/engine.js'
import {
  AUTO_MIN_BYTES,
  THREAD_BYTES,
  autoJobs,
  planChunks,
  worthParallel
} from '../../src/parallel/plan.js'
import { defaultJobs, prepareInParallel, type PoolStats } from '../../src/parallel/pool.js'

const WORKER = new URL('./ts-worker.mjs', import.meta.url)

function corpus(tutorials: number, bytesEach: number, claims: number, seed = 3): EngineInput {
  const reg = registryFiles(seed, claims)
  const ts: TutorialInput[] = Array.from({ length: tutorials }, (_, i) => {
    const dir = `tutorials/t${i + 1}`
    const files = tutorialFiles(seed, i, bytesEach, reg.ids).map(([name, text]) => ({
      path: `${dir}/${name}`,
      text
    }))
    return { dir, files }
  })
  const config = { ...defaultConfig(), claimIdPattern: CLAIM_ID_PATTERN }
  return {
    tutorials: ts,
    registry: reg.files.map(([name, text]) => ({ path: `claims/${name}`, text })),
    config,
    coverage: true
  }
}

const fakeTutorials = (sizes: number[]): TutorialInput[] =>
  sizes.map((n, i) => ({ dir: `t${i}`, files: [{ path: `t${i}/README.md`, text: 'x'.repeat(n) }] }))

describe('planChunks', () => {
  it('covers every tutorial once, in order, with non-empty chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 5000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 20 }),
        (sizes, parts) => {
          const chunks = planChunks(fakeTutorials(sizes), parts)
          expect(chunks.length).toBe(Math.min(parts, sizes.length))
          let next = 0
          for (const [start, end] of chunks) {
            expect(start).toBe(next)
            expect(end).toBeGreaterThan(start)
            next = end
          }
          expect(next).toBe(sizes.length)
        }
      )
    )
  })

  it('balances chunks by size', () => {
    const chunks = planChunks(fakeTutorials([100, 100, 100, 100, 400]), 2)
    expect(chunks).toEqual([
      [0, 4],
      [4, 5]
    ])
  })
})

describe('worthParallel', () => {
  it('needs two threads and a big enough input', () => {
    expect(worthParallel(fakeTutorials(Array(20).fill(10)), { jobs: 1 })).toBe(false)
    expect(worthParallel(fakeTutorials(Array(20).fill(10)), { jobs: 2 })).toBe(true)
    expect(worthParallel(fakeTutorials([10, 10]), { jobs: 2 })).toBe(false)
    expect(worthParallel(fakeTutorials([3_000_000, 10]), { jobs: 2 })).toBe(true)
    expect(worthParallel(fakeTutorials([3_000_000]), { jobs: 2 })).toBe(false)
  })

  it('reads the thread count from the environment', () => {
    expect(defaultJobs({ TUTORIAL_AMPLIFIER_JOBS: '3' })).toBe(3)
    expect(defaultJobs({ TUTORIAL_AMPLIFIER_JOBS: '3' }, 1000)).toBe(3)
    expect(defaultJobs({ TUTORIAL_AMPLIFIER_JOBS: 'zero' })).toBeGreaterThanOrEqual(1)
    // without the variable, a small input runs on one thread whatever the machine
    expect(defaultJobs({}, AUTO_MIN_BYTES - 1)).toBe(1)
  })
})

describe('autoJobs', () => {
  const idle = { cpus: 4, freeBytes: 8 * THREAD_BYTES, load: 0 }
  it('keeps inputs under the threshold on one thread', () => {
    expect(autoJobs(AUTO_MIN_BYTES - 1, idle)).toBe(1)
    expect(autoJobs(AUTO_MIN_BYTES, idle)).toBe(4)
  })

  it('adds threads only for idle cores', () => {
    expect(autoJobs(AUTO_MIN_BYTES, { ...idle, load: 1.5 })).toBe(2)
    expect(autoJobs(AUTO_MIN_BYTES, { ...idle, load: 3.2 })).toBe(1)
    expect(autoJobs(AUTO_MIN_BYTES, { ...idle, load: 9 })).toBe(1)
  })

  it('adds threads only while each has its share of free memory', () => {
    expect(autoJobs(AUTO_MIN_BYTES, { ...idle, freeBytes: THREAD_BYTES - 1 })).toBe(1)
    expect(autoJobs(AUTO_MIN_BYTES, { ...idle, freeBytes: 2 * THREAD_BYTES })).toBe(3)
  })
})

describe('prepareInParallel', () => {
  const input = corpus(10, 6000, 400)
  const paths = input.tutorials.map((t) => `drafts/${t.dir.split('/').pop()}.draft.md`)
  const pathOf = (dir: string) => paths[input.tutorials.findIndex((t) => t.dir === dir)]!

  it('declines small inputs and a single thread', () => {
    expect(prepareInParallel(corpus(2, 500, 20), undefined, { jobs: 2, workerUrl: WORKER })).toBe(
      undefined
    )
    expect(prepareInParallel(input, paths, { jobs: 1, workerUrl: WORKER })).toBe(undefined)
  })

  it('generates byte-identical results on worker threads', () => {
    const single = generate(input, (t) => pathOf(t.dir))
    let stats: PoolStats | undefined
    const prepared = prepareInParallel(input, paths, {
      jobs: 3,
      workerUrl: WORKER,
      chunksPerThread: 3,
      workersOnly: true,
      onStats: (s) => (stats = s)
    })
    expect(prepared).toBeDefined()
    const parallel = generate(input, () => 'unused', prepared)
    expect(stats).toEqual({ threads: 3, chunks: 9, byWorkers: 9, cancelled: 0 })
    expect(parallel.drafts.map((d) => d.markdown)).toEqual(single.drafts.map((d) => d.markdown))
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single))
    expect(single.drafts).toHaveLength(10)
    expect(single.diagnostics.length).toBeGreaterThan(0)
  })

  it('counts the tutorials every thread finished for the progress line, up to all of them', () => {
    const seen: [number, number][] = []
    const prepared = prepareInParallel(input, undefined, {
      jobs: 2,
      workerUrl: WORKER,
      chunksPerThread: 3,
      onProgress: (done, total) => seen.push([done, total])
    })
    expect(prepared).toBeDefined()
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every(([done, total]) => total === 10 && done >= 0 && done <= 10)).toBe(true)
    const dones = seen.map(([done]) => done)
    expect(dones).toEqual([...dones].sort((a, b) => a - b))
    expect(dones[dones.length - 1]).toBe(10)
    // the single-thread engine tells the same, one tutorial at a time
    const one: number[] = []
    check({ ...input, onProgress: (done) => one.push(done) })
    expect(one).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('checks identically on worker threads', () => {
    const prepared = prepareInParallel(input, undefined, { jobs: 2, workerUrl: WORKER })
    expect(prepared).toBeDefined()
    expect(JSON.stringify(check(input, prepared))).toBe(JSON.stringify(check(input)))
  })

  it('redoes the chunks of a worker that cannot start, with the same result', () => {
    const broken = new URL('data:text/javascript,throw new Error("boom")')
    const prepared = prepareInParallel(input, paths, { jobs: 2, workerUrl: broken })
    expect(prepared).toBeDefined()
    const single = generate(input, (t) => pathOf(t.dir))
    expect(JSON.stringify(generate(input, () => 'unused', prepared))).toBe(JSON.stringify(single))
  })
})
