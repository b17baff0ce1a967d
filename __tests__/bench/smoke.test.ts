// Smoke test of `npm run bench --quick`: the harness runs the bundles end to end against its
// loopback API and writes its results. Timings are recorded, never asserted; request counts are.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const DIST = path.resolve(process.env.BENCH_DIST ?? 'dist')
const built = existsSync(path.join(DIST, 'cli.js')) && existsSync(path.join(DIST, 'index.js'))

describe('bench --quick', () => {
  // needs the bundles (dist/ is committed; BENCH_DIST points elsewhere)
  ;(built ? it : it.skip)(
    'runs the action and check side by side and counts REST requests',
    () => {
      const out = mkdtempSync(path.join(os.tmpdir(), 'ta-bench-'))
      try {
        const r = spawnSync(
          process.execPath,
          [
            'bench/run.mjs',
            '--quick',
            '--reps',
            '2',
            '--only',
            'pr,check',
            '--dist',
            DIST,
            '--out',
            out
          ],
          { encoding: 'utf8' }
        )
        expect(r.stderr).toBe('')
        expect(r.status).toBe(0)
        const res = JSON.parse(readFileSync(path.join(out, 'results-quick.json'), 'utf8'))
        const req = res.figures.requests
        // list files, list comments, create the comment, look for a racing run's duplicate (since)
        expect(req.firstRun.requests.map((q: string) => q.split(' ')[0])).toEqual([
          'GET',
          'GET',
          'POST',
          'GET'
        ])
        // the second run finds its comment unchanged: list files, list comments, nothing written
        expect(req.laterRun.count).toBe(2)
        // 250 comments by others: three pages of 100 are read before our comment is created, then
        // one page of recent comments (since) to catch a racing run's duplicate
        expect(req.with250Comments.commentPages).toBe(4)
        // files + 3 pages + create + one page of recent comments: within 3 + one per page
        expect(req.with250Comments.count).toBe(6)
        expect(res.figures.prScale.ratio).toBeGreaterThan(0)
        expect(res.figures.checkVsMarkdownlint.ratio).toBeGreaterThan(0)
        expect(res.figures.checkCachedVsMarkdownlint.ratio).toBeGreaterThan(0)
        // the floor under target 3: parse-only runs timed beside check, with a verdict that says
        // whether the target is reachable at all
        const floor = res.figures.checkParseFloor
        expect(floor.parseLinted.ratio).toBeGreaterThan(0)
        expect(floor.parseAll.medianMs).toBeGreaterThan(floor.parseLinted.medianMs)
        const floorRows = res.summary.filter((s: { figure: string }) => s.figure.includes('floor'))
        expect(floorRows.map((s: { verdict: string }) => s.verdict)).toEqual(
          [floor.parseLinted.ratio, floor.parseAll.ratio].map((r: number) =>
            r <= 0.5 ? 'reachable' : 'UNREACHABLE'
          )
        )
        expect(res.summary.map((s: { figure: string }) => s.figure)).toHaveLength(7)
      } finally {
        rmSync(out, { recursive: true, force: true })
      }
    },
    300_000
  )
})
