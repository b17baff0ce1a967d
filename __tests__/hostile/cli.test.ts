// Hostile inputs against the real CLI process (see cases.ts for the table, workspace.ts for the
// harness). All runs happen up front, a few at a time, so the suite stays fast; each `it` then
// checks one run. Rows marked `bug` are known defects and run as `it.failing` until fixed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, lstatSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { CASES, type HostileCase } from './cases.js'
import {
  CLI,
  DRAFT,
  SEED,
  STACK_FRAME,
  Ws,
  isCompleteDraft,
  makeSuite,
  newWorkspace,
  pool,
  runCli,
  type Run
} from './workspace.js'

interface Outcome {
  ws: Ws
  run?: Run
  /** the case's setup failed: the case itself is broken, not the CLI */
  setupError?: unknown
  /** the earlier draft was in place (as a file) when the run started */
  seeded: boolean
}

let suiteRoot: string | undefined
const outcomes = new Map<HostileCase, Outcome>()

// TA_HOSTILE_ONLY=<regexp> runs only the cases whose name matches (while working on a few)
const only = process.env['TA_HOSTILE_ONLY'] ? new RegExp(process.env['TA_HOSTILE_ONLY']) : undefined
const skipReason = new Map(
  CASES.map((c) => [c, only && !only.test(c.name) ? 'not selected by TA_HOSTILE_ONLY' : c.skip?.()])
)
const active = CASES.filter((c) => !skipReason.get(c))
const skipped = CASES.filter((c) => skipReason.get(c))

beforeAll(async () => {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: build it (npx rollup --config rollup.config.js) or set TA_CLI`)
  }
  const suite = makeSuite()
  suiteRoot = suite.root
  const task = (c: HostileCase, i: number) => async () => {
    const ws = newWorkspace(suite, i)
    try {
      c.setup?.(ws)
    } catch (setupError) {
      outcomes.set(c, { ws, setupError, seeded: false })
      return
    }
    const seeded = isSeed(ws)
    const measure = c.maxRssMb !== undefined
    outcomes.set(c, {
      ws,
      seeded,
      run: await runCli(c.args, ws.dir, (c.maxMs ?? 30000) + 2000, { measure })
    })
  }
  const tasks = active.map((c, i) => [c, task(c, i)] as const)
  await pool(
    tasks.filter(([c]) => !c.heavy).map(([, t]) => t),
    Math.min(6, availableParallelism() + 2)
  )
  await pool(
    tasks.filter(([c]) => c.heavy).map(([, t]) => t),
    1
  )
}, 1800000)

afterAll(() => {
  if (!suiteRoot) return
  restoreModes(suiteRoot)
  rmSync(suiteRoot, { recursive: true, force: true })
})

/** True when `abs` is a regular file (not a FIFO, device or link): only those are safe to read here. */
function regular(abs: string): boolean {
  try {
    return lstatSync(abs).isFile()
  } catch {
    return false
  }
}

function isSeed(ws: Ws): boolean {
  try {
    return regular(ws.abs(DRAFT)) && readFileSync(ws.abs(DRAFT), 'utf8') === SEED
  } catch {
    return false
  }
}

/** Gives every folder and file back its owner's permissions so the temporary tree can be removed. */
function restoreModes(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isSymbolicLink()) continue
    try {
      chmodSync(p, e.isDirectory() ? 0o755 : 0o644)
    } catch {
      // best effort
    }
    if (e.isDirectory()) restoreModes(p)
  }
}

const PREFIX = 'tutorial-amplifier: '

function verify(c: HostileCase): void {
  const o = outcomes.get(c)
  if (!o) throw new Error('case did not run')
  if (o.setupError) throw o.setupError
  const run = o.run!
  const shown = `exit ${String(run.status)}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`

  // a clean end: no signal, no stack trace, the documented exit code
  expect(run.signal).toBeNull()
  expect(run.stdout).not.toMatch(STACK_FRAME)
  expect(run.stderr).not.toMatch(STACK_FRAME)
  const allowed: readonly number[] = typeof c.exit === 'number' ? [c.exit] : c.exit
  expect({ exit: allowed.includes(run.status ?? -1), shown }).toEqual({ exit: true, shown })

  if (run.status === 2) {
    // usage error: exactly one line on stderr, nothing on stdout
    const lines = run.stderr.split('\n').filter((l) => l !== '')
    expect(lines).toHaveLength(1)
    const line = lines[0]!
    expect(line.startsWith(PREFIX)).toBe(true)
    const text = line.slice(PREFIX.length)
    const where = c.usage?.where
    if (where) expect(text.slice(0, where.length + 2)).toBe(`${where}: `)
    if (c.usage) expect(text).toMatch(c.usage.message)
    expect(run.stdout).toBe('')
  } else {
    // findings: a report with its summary line, and the expected diagnostic on one line
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^[✔✖] .* in \d+ tutorials?, \d+ claims?$/mu)
    if (c.finding) {
      const f = c.finding
      const lines = run.stdout
        .split('\n')
        .filter((l) => l.endsWith(`[${f.rule}]`) && f.message.test(l))
      const at = f.where
      const placed = at ? lines.filter((l) => l.startsWith(at) && /^\s/.test(l.slice(at.length))) : lines
      expect({ placed: placed.length > 0, shown }).toEqual({ placed: true, shown })
    }
  }

  // no partial files: no temporary file left, every draft either the earlier one or complete
  const files = o.ws.files()
  expect(files.filter((f) => /\.tmp$/i.test(f))).toEqual([])
  for (const f of files.filter((x) => x.endsWith('.draft.md') && regular(o.ws.abs(x)))) {
    const text = readFileSync(o.ws.abs(f), 'utf8')
    expect({ f, complete: text === SEED || isCompleteDraft(text) }).toEqual({ f, complete: true })
  }
  // earlier drafts survive every run that does not successfully generate
  const generated = c.args[0] === 'generate' && run.status !== 2
  if (o.seeded && !generated) expect(isSeed(o.ws)).toBe(true)

  if (c.maxMs !== undefined) expect(run.ms).toBeLessThan(c.maxMs)
  if (c.maxRssMb !== undefined) {
    expect(run.peakRssMb).toBeDefined()
    expect({ peakRssMb: run.peakRssMb, under: run.peakRssMb! < c.maxRssMb }).toEqual({
      peakRssMb: run.peakRssMb,
      under: true
    })
  }
  c.after?.(o.ws, run)
}

describe('hostile inputs through the CLI', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40)
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length)
  })

  const ok = active.filter((c) => !c.bug)
  const bugs = active.filter((c) => c.bug)
  it.each(ok.map((c) => [c.name, c] as const))('%s', (_name, c) => verify(c))
  if (bugs.length > 0) {
    it.failing.each(bugs.map((c) => [`${c.name} (known bug: ${c.bug})`, c] as const))('%s', (_n, c) =>
      verify(c)
    )
  }
  if (skipped.length > 0) {
    it.skip.each(skipped.map((c) => [`${c.name} (${skipReason.get(c)})`] as const))('%s', () => {})
  }
})
