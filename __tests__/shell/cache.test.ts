// `--cache`: what check and generate read is kept in .tutorial-amplifier-cache/ of the workspace.
// A run that takes everything from the cache must say exactly what a run without it says, on every
// tutorial shape we have; a changed file, registry or claim-ID pattern must be read again. Forged
// entries and links (a pull request can commit them): __tests__/hostile/cache.test.ts.
import { describe, expect, it } from '@jest/globals'
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import { runCli } from '../cli/run.js'
import { openCache } from '../../src/io/cache.js'
import { DEFAULT_CACHE_DIR } from '../../src/cli/spec.js'
import type { CheckJson } from '../../src/report/json.js'

const LAYOUTS = '__tests__/fixtures/layouts'
const layouts = readdirSync(LAYOUTS)
  .filter((n) => statSync(path.join(LAYOUTS, n)).isDirectory())
  .sort()

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-cache-'))
  cpSync('examples', path.join(dir, 'examples'), { recursive: true })
  for (const l of layouts) {
    cpSync(path.join(LAYOUTS, l), path.join(dir, 'layouts', l), { recursive: true })
  }
  return dir
}

const entries = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.v8')) : []

/** Every file under `dir` with its bytes (drafts written by a run). */
function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n)
      if (statSync(p).isDirectory()) walk(p)
      else out.set(path.relative(dir, p), readFileSync(p, 'utf8'))
    }
  }
  walk(dir)
  return out
}

describe('check --cache and generate --cache', () => {
  it('say byte for byte what a run without the cache says, on every layout, cold and warm', () => {
    const ws = workspace()
    const cacheDir = path.join(ws, DEFAULT_CACHE_DIR)
    const args = (l: string): string[] => [
      'check',
      '--format',
      'json',
      '--claims',
      'examples/claims',
      `layouts/${l}`
    ]
    for (const l of layouts) {
      const plain = runCli(args(l), ws)
      const cold = runCli([...args(l), '--cache'], ws)
      const warm = runCli([...args(l), '--cache'], ws)
      expect({ layout: l, out: cold.stdout, code: cold.code }).toEqual({
        layout: l,
        out: plain.stdout,
        code: plain.code
      })
      expect({ layout: l, out: warm.stdout, code: warm.code }).toEqual({
        layout: l,
        out: plain.stdout,
        code: plain.code
      })
      expect(warm.stderr).toBe(plain.stderr)
      // one chapter edited: the tutorial is read again, from the stored trees of the other files
      const read = (JSON.parse(plain.stdout) as CheckJson).tutorials[0]!
      const chapter = path.join(ws, read.chapters.at(-1)!.file)
      writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nOne more line, TP-NOPE-001.\n`)
      const editedPlain = runCli(args(l), ws)
      const edited = runCli([...args(l), '--cache'], ws)
      expect(editedPlain.stdout).toContain('TP-NOPE-001')
      expect({ layout: l, out: edited.stdout }).toEqual({ layout: l, out: editedPlain.stdout })
    }
    // the registry, one entry per tutorial folder and one per file read: no more after more runs
    const count = entries(cacheDir).length
    expect(count).toBeGreaterThan(2 * layouts.length + 1)
    for (const l of layouts) runCli([...args(l), '--cache'], ws)
    expect(entries(cacheDir)).toHaveLength(count)
    expect(readFileSync(path.join(cacheDir, '.gitignore'), 'utf8')).toMatch(/^\*$/m)
    // no temporary file is left behind
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('writes the same drafts as a run without the cache (the example, with its committed draft)', () => {
    const ws = workspace()
    const gen = (out: string, extra: string[]): ReturnType<typeof runCli> =>
      runCli(
        [
          'generate',
          '--claims',
          'examples/claims',
          '--out',
          out,
          ...extra,
          'examples/tidepool-quickstart'
        ],
        ws
      )
    const plain = gen('plain', [])
    expect(plain.code).toBe(0)
    gen('cold', ['--cache'])
    const warm = gen('warm', ['--cache'])
    expect(warm.stdout.replaceAll('warm/', 'plain/')).toBe(plain.stdout)
    expect(filesUnder(path.join(ws, 'warm'))).toEqual(filesUnder(path.join(ws, 'plain')))
    // check on the example goes through its committed draft (draft/stale): same report too
    const check = (extra: string[]): string =>
      runCli(['check', '--claims', 'examples/claims', ...extra, 'examples/tidepool-quickstart'], ws)
        .stdout
    expect(check(['--cache'])).toBe(check([]))
    expect(check(['--cache'])).toBe(check([]))
  })

  it('reads a changed chapter, a changed registry and a changed claim-ID pattern again', () => {
    const ws = workspace()
    const run = (): CheckJson =>
      JSON.parse(
        runCli(
          [
            'check',
            '--cache',
            '--format',
            'json',
            '--claims',
            'examples/claims',
            'examples/tidepool-quickstart'
          ],
          ws
        ).stdout
      ) as CheckJson
    const before = run()
    expect(run()).toEqual(before)
    const chapter = path.join(ws, 'examples/tidepool-quickstart/02-local-demo.md')
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nSee TP-NOPE-999 for details.\n`)
    const edited = run()
    expect(edited.diagnostics.some((d) => d.message.includes('TP-NOPE-999'))).toBe(true)
    expect(before.diagnostics.some((d) => d.message.includes('TP-NOPE-999'))).toBe(false)

    // a claim added to the registry is known at once
    const registry = path.join(ws, 'examples/claims/limitations.md')
    const text = readFileSync(registry, 'utf8')
    const entry = text.slice(text.indexOf('## TP-LIMIT-001'), text.indexOf('## TP-LIMIT-002'))
    expect(entry).toMatch(/^## TP-LIMIT-001\n/)
    writeFileSync(registry, `${text}\n${entry.replaceAll('TP-LIMIT-001', 'TP-NOPE-999')}`)
    const added = run()
    expect(added.diagnostics.some((d) => d.message.includes('TP-NOPE-999'))).toBe(false)
    // the other registry files and the chapters came from the cache: same report as without it
    const plainRun = (): string =>
      runCli(
        [
          'check',
          '--format',
          'json',
          '--claims',
          'examples/claims',
          'examples/tidepool-quickstart'
        ],
        ws
      ).stdout
    expect(JSON.stringify(added, null, 2) + '\n').toBe(plainRun())

    // a pattern that no longer matches the IDs: the tutorial is read with it, not taken as stored
    mkdirSync(path.join(ws, '.github'), { recursive: true })
    writeFileSync(
      path.join(ws, '.github/tutorial-amplifier.yml'),
      "claimIdPattern: 'ZZ-[0-9]{3}'\n"
    )
    expect(JSON.stringify(run(), null, 2) + '\n').toBe(plainRun())
  })
})

describe('openCache', () => {
  const dir = (): string => path.join(mkdtempSync(path.join(os.tmpdir(), 'ta-cache-unit-')), 'c')

  it('gives back what was set, to the same code only', () => {
    const d = dir()
    const a = openCache(d, { salt: 'build-1' })
    expect(a.get('slot', 'k')).toBeUndefined()
    const value = { list: [1, 2], map: new Map([['x', /a+/u]]), nested: { s: 'é' } }
    a.set('slot', 'k', value)
    value.list.push(3) // changed after set: the stored value is the one set
    expect(a.close()).toBeUndefined()
    const b = openCache(d, { salt: 'build-1' })
    expect(b.get('slot', 'k')).toEqual({
      list: [1, 2],
      map: new Map([['x', /a+/u]]),
      nested: { s: 'é' }
    })
    expect(b.get('slot', 'other key')).toBeUndefined()
    expect(b.get('other slot', 'k')).toBeUndefined()
    expect(b.stats).toEqual({ hits: 1, misses: 2, written: 0 })
    expect(openCache(d, { salt: 'build-2' }).get('slot', 'k')).toBeUndefined()
  })

  it('does not read an entry over the size cap', () => {
    const d = dir()
    const c = openCache(d, { salt: 's' })
    c.set('slot', 'k', 'x'.repeat(1000))
    expect(openCache(d, { salt: 's', maxEntryBytes: 2000 }).get('slot', 'k')).toBe('x'.repeat(1000))
    expect(openCache(d, { salt: 's', maxEntryBytes: 500 }).get('slot', 'k')).toBeUndefined()
  })

  it('keeps one entry per slot and replaces it', () => {
    const d = dir()
    for (const k of ['k1', 'k2', 'k3']) {
      const c = openCache(d, { salt: 's' })
      c.set('slot', k, k)
      c.close()
    }
    expect(entries(d)).toHaveLength(1)
    expect(openCache(d, { salt: 's' }).get('slot', 'k3')).toBe('k3')
    expect(openCache(d, { salt: 's' }).get('slot', 'k1')).toBeUndefined()
  })

  it('says why it could not write, and the run goes on', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'ta-cache-file-'))
    const file = path.join(parent, 'not-a-folder')
    writeFileSync(file, 'x')
    const c = openCache(path.join(file, 'cache'), { salt: 's', display: 'shown/cache' })
    c.set('slot', 'k', 1)
    expect(c.close()).toMatch(/^cannot write the cache in shown\/cache \(E[A-Z]+\)/)
  })

  it('does not read an entry that is a symbolic link', () => {
    const d = dir()
    const c = openCache(d, { salt: 's' })
    c.set('slot', 'k', 'stored')
    c.close()
    const [name] = entries(d)
    const moved = path.join(path.dirname(d), 'elsewhere.v8')
    cpSync(path.join(d, name!), moved)
    rmSync(path.join(d, name!))
    symlinkSync(moved, path.join(d, name!))
    expect(openCache(d, { salt: 's' }).get('slot', 'k')).toBeUndefined()
    // writing again replaces the link, never writes through it
    const again = openCache(d, { salt: 's' })
    again.set('slot', 'k', 'new')
    again.close()
    expect(lstatSync(path.join(d, name!)).isFile()).toBe(true)
    expect(v8.deserialize(readFileSync(moved))).toMatchObject({ value: 'stored' })
  })
})
