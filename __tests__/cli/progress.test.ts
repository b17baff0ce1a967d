// The progress line of long `check` and `generate` runs (src/cli/progress.ts): after a second,
// throttled, cleared at the end; only when stderr is a terminal (or the test variable forces it),
// never with --quiet or for other commands.
import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli-main.js'
import { progressLine, progressMode, PROGRESS_ENV } from '../../src/cli/progress.js'

/** A clock the test moves by hand. */
function clock(start = 0) {
  let t = start
  return { now: () => t, set: (ms: number) => (t = ms) }
}

describe('progressLine', () => {
  it('draws nothing during the first second, then at most once per 100 ms, and clears itself', () => {
    const c = clock()
    let out = ''
    const p = progressLine({ write: (s) => (out += s), now: c.now })
    c.set(999)
    p.tick(1, 10)
    expect(out).toBe('')
    c.set(1000)
    p.tick(2, 10)
    expect(out).toBe('\rtutorial-amplifier: 2/10 tutorials')
    c.set(1099)
    p.tick(3, 10) // throttled
    expect(out).toBe('\rtutorial-amplifier: 2/10 tutorials')
    c.set(1100)
    p.tick(10, 10)
    expect(out).toBe('\rtutorial-amplifier: 2/10 tutorials\rtutorial-amplifier: 10/10 tutorials')
    out = ''
    p.end()
    expect(out).toBe(`\r${' '.repeat('tutorial-amplifier: 10/10 tutorials'.length)}\r`)
  })

  it('pads a shorter line over a longer one, and leaves nothing to clear when it never drew', () => {
    const c = clock()
    let out = ''
    const p = progressLine({ write: (s) => (out += s), now: c.now, delayMs: 0 })
    p.tick(10, 10)
    c.set(200)
    p.tick(9, 10)
    expect(out.endsWith('\rtutorial-amplifier: 9/10 tutorials ')).toBe(true)
    let quiet = ''
    const never = progressLine({ write: (s) => (quiet += s), now: () => 0 })
    never.tick(1, 2)
    never.end()
    expect(quiet).toBe('')
  })
})

describe('progressMode', () => {
  const base = { env: {}, stderrIsTTY: true, quiet: false }

  it('follows the terminal, the quiet flag and where the report goes', () => {
    expect(progressMode(base)).toEqual({ delayMs: 1000 })
    expect(progressMode({ ...base, stderrIsTTY: false })).toBeUndefined()
    expect(progressMode({ ...base, quiet: true })).toBeUndefined()
    expect(progressMode({ ...base, outputFile: '/dev/stderr' })).toBeUndefined()
    expect(progressMode({ ...base, outputFile: '/work/report.json' })).toEqual({ delayMs: 1000 })
  })

  it(`is forced by ${PROGRESS_ENV} (tests and the benchmark): 0, 1 or now`, () => {
    const env = (v: string) => ({ [PROGRESS_ENV]: v })
    expect(progressMode({ ...base, env: env('0') })).toBeUndefined()
    expect(progressMode({ ...base, stderrIsTTY: false, env: env('1') })).toEqual({
      delayMs: 1000
    })
    expect(progressMode({ ...base, stderrIsTTY: false, env: env('now') })).toEqual({
      delayMs: 0
    })
    expect(progressMode({ ...base, quiet: true, env: env('now') })).toBeUndefined()
  })
})

describe('the CLI', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-progress-'))
  cpSync(path.join(process.cwd(), '__tests__/fixtures/committed-drafts'), dir, { recursive: true })
  const LINE = '\rtutorial-amplifier: 1/1 tutorials'
  const cleared = `${LINE}\r${' '.repeat(LINE.length - 1)}\r`

  function run(argv: string[], io: { stderrIsTTY?: boolean; now?: () => number }) {
    let stdout = ''
    let stderr = ''
    const args = [...argv, '--config', 'config.yml', '--root', '.']
    const code = main(
      args,
      (s) => (stdout += s),
      (s) => (stderr += s),
      dir,
      { env: {}, ...io }
    )
    return { code, stdout, stderr }
  }
  // every reading of the clock is 1.5 s after the last: the run "takes" over a second
  const slow = (): (() => number) => {
    let t = 0
    return () => (t += 1500)
  }

  it('shows tutorials done / total on a terminal in a long check and generate, then clears it', () => {
    const check = run(['check'], { stderrIsTTY: true, now: slow() })
    expect(check.stderr).toBe(cleared)
    expect(check.stdout).not.toContain('tutorial-amplifier: 1/1')
    const gen = run(['generate', '--format', 'json'], { stderrIsTTY: true, now: slow() })
    expect(gen.stderr).toBe(cleared)
    rmSync(path.join(dir, 'tutorials/publication-drafts/201_harbor-sync.draft.md'), {
      force: true
    })
  })

  it('shows nothing in a run under a second, off a terminal, with --quiet, or for inspect', () => {
    expect(run(['check'], { stderrIsTTY: true, now: () => 5 }).stderr).toBe('')
    expect(run(['check'], { stderrIsTTY: false, now: slow() }).stderr).toBe('')
    expect(run(['check', '--quiet'], { stderrIsTTY: true, now: slow() }).stderr).toBe('')
    expect(run(['inspect'], { stderrIsTTY: true, now: slow() }).stderr).toBe('')
  })
})
