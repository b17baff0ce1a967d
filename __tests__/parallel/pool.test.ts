// How the worker pool plans its work: chunks, when threads pay, how many. The threads themselves
// (results byte-identical to one thread's) are tested in the slow project:
// __tests__/slow/pool-workers.test.ts.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { TutorialInput } from '../../src/engine.js'
import {
  AUTO_MIN_BYTES,
  THREAD_BYTES,
  autoJobs,
  planChunks,
  worthParallel
} from '../../src/parallel/plan.js'
import { defaultJobs } from '../../src/parallel/pool.js'

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
