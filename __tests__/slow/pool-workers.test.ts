// The worker pool must give exactly what the single-thread engine gives (slow project: every
// worker compiles the TypeScript entry, src/worker.ts, through tsx, ../parallel/ts-worker.mjs).
// The bundle runs dist/worker.js; the planning rules are tested in __tests__/parallel/pool.test.ts.
import { describe, expect, it } from '@jest/globals'
import { CLAIM_ID_PATTERN, registryFiles, tutorialFiles } from '../../bench/corpus.mjs'
import { defaultConfig } from '../../src/config/types.js'
import { check, generate, type EngineInput, type TutorialInput } from '../../src/engine.js'
import { prepareInParallel, type PoolStats } from '../../src/parallel/pool.js'
import { openCache, type FileCache } from '../../src/io/cache.js'
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const WORKER = new URL('../parallel/ts-worker.mjs', import.meta.url)

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

  it('reads and adds to the --cache folder on worker threads too, with the same result', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'ta-pool-cache-')), 'cache')
    const single = JSON.stringify(check(input))
    const run = (): { result: string; cache: FileCache } => {
      const cache = openCache(dir, { salt: 'pool-test' })
      const cached = { ...input, cache }
      const prepared = prepareInParallel(cached, undefined, {
        jobs: 3,
        workerUrl: WORKER,
        chunksPerThread: 3,
        workersOnly: true,
        cacheAt: cache.where
      })
      expect(prepared).toBeDefined()
      const result = JSON.stringify(check(cached, prepared))
      expect(cache.close()).toBeUndefined()
      return { result, cache }
    }
    const first = run()
    expect(first.result).toBe(single)
    // the calling thread wrote the registry's entries (the whole, and each file), the workers
    // the tutorials' (each folder as read, and its files' trees)
    const entries = readdirSync(dir).filter((n) => n.endsWith('.v8'))
    const byCaller = first.cache.stats.written
    expect(byCaller).toBeGreaterThanOrEqual(2)
    expect(byCaller).toBeLessThanOrEqual(input.registry.length + 1)
    expect(entries.length - byCaller).toBeGreaterThanOrEqual(2 * input.tutorials.length)
    const mtimes = entries.map((n) => statSync(path.join(dir, n), { bigint: true }).mtimeNs)
    const second = run()
    expect(second.result).toBe(single)
    // the registry whole, at once
    expect(second.cache.stats).toEqual({ hits: 1, misses: 0, written: 0 })
    // the workers found every tutorial there: nothing was written again
    expect(entries.map((n) => statSync(path.join(dir, n), { bigint: true }).mtimeNs)).toEqual(
      mtimes
    )
  })

  it('redoes the chunks of a worker that cannot start, with the same result', () => {
    const broken = new URL('data:text/javascript,throw new Error("boom")')
    const prepared = prepareInParallel(input, paths, { jobs: 2, workerUrl: broken })
    expect(prepared).toBeDefined()
    const single = generate(input, (t) => pathOf(t.dir))
    expect(JSON.stringify(generate(input, () => 'unused', prepared))).toBe(JSON.stringify(single))
  })
})
