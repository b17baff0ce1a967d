// What the reader makes of each chapter, kept per file (`--cache`, ParseOptions.readings): a
// tutorial read with some chapters' readings taken from an earlier run must be exactly the one
// read from scratch. A chapter's reading depends on the chapters before it (the exercise IDs they
// took, whether one stated the time commitment), so the edits below change exactly that in one
// chapter and the store must not hand a later chapter a reading made in another context.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'
import type { SourceFile, Tutorial } from '../../src/model.js'
import type { ChapterReading } from '../../src/tutorial/chapter.js'
import { isReadingOf } from '../../src/tutorial/chapter.js'
import { parseTutorial } from '../../src/tutorial/index.js'
import { claimId, FIXTURES, loadFolder } from './helpers.js'

const LAYOUTS = '__tests__/fixtures/layouts'
const folders = (root: string): string[] =>
  readdirSync(root)
    .filter((n) => statSync(path.join(root, n)).isDirectory())
    .sort()
    .map((n) => `${root}/${n}`)
const tutorials = [...folders(LAYOUTS), ...folders(FIXTURES), 'examples/tidepool-quickstart']

/** A store like the `--cache` folder: values go through v8 serialization, keyed by file, context and text. */
function store() {
  const kept = new Map<string, Buffer>()
  const stats = { hits: 0, misses: 0 }
  const readings = (f: SourceFile, context: string, read: () => ChapterReading): ChapterReading => {
    const key = `${f.path}\u0000${context}\u0000${f.text}`
    const hit = kept.get(key)
    if (hit) {
      const r = v8.deserialize(hit) as ChapterReading
      expect(isReadingOf(r, f.path)).toBe(true)
      stats.hits++
      return r
    }
    stats.misses++
    const r = read()
    kept.set(key, v8.serialize(r))
    return r
  }
  return { readings, stats }
}

const parse = (dir: string, files: SourceFile[], readings?: ReturnType<typeof store>): Tutorial =>
  parseTutorial(dir, files, {
    claimId: claimId(),
    trees: (_f, p) => p(),
    ...(readings ? { readings: readings.readings } : {})
  })

/** A deep copy that keeps no object identity (what the JSON report and the drafts see). */
const plain = (t: Tutorial): unknown => JSON.parse(JSON.stringify(t))

// edits that change what the chapters after the edited one see, or only the edited one
const EDITS: [string, (text: string) => string][] = [
  [
    'an exercise ID a later chapter may use',
    (t) => `${t}\n\n## Exercise 2: Added here\n\nDo it.\n`
  ],
  ['a step heading', (t) => `${t}\n\n## Step 1: Added here\n\nDo it.\n`],
  ['a time commitment', (t) => `Time commitment: 2 hours\n\n${t}`],
  ['a line of prose', (t) => `${t}\n\nOne more line.\n`]
]

describe('chapter readings from a store (`--cache`)', () => {
  it.each(tutorials)('%s: cold, warm and after each edit, the same tutorial as without', (dir) => {
    const files = loadFolder(dir)
    const expected = parse(dir, files)
    const s = store()
    expect(plain(parse(dir, files, s))).toEqual(plain(expected))
    const chapters = expected.chapters.length
    expect(s.stats.misses).toBeGreaterThan(0)
    // warm: every chapter from the store
    const before = s.stats.hits
    expect(plain(parse(dir, files, s))).toEqual(plain(expected))
    expect(s.stats.hits - before).toBe(s.stats.misses)
    for (const [, edit] of EDITS) {
      for (const c of expected.chapters.slice(0, 3)) {
        const edited = files.map((f) => (f.path === c.file ? { ...f, text: edit(f.text) } : f))
        const fresh = parse(dir, edited)
        expect(plain(parse(dir, edited, s))).toEqual(plain(fresh))
      }
    }
    expect(chapters).toBeGreaterThan(0)
  })

  it('hands a later chapter a new reading when an earlier one took other exercise IDs', () => {
    const dir = 'docs/ids'
    const files = [
      { path: `${dir}/01-intro.md`, text: '# Intro\n\nWelcome.\n' },
      { path: `${dir}/02-first.md`, text: '# First\n\n## Exercise 1: Build\n\nBuild it.\n' },
      { path: `${dir}/03-second.md`, text: '# Second\n\n## Exercise 2: Run\n\nRun it.\n' }
    ]
    const s = store()
    parse(dir, files, s)
    const readAgain = (edited: SourceFile[]): number => {
      const { hits, misses } = s.stats
      expect(plain(parse(dir, edited, s))).toEqual(plain(parse(dir, edited)))
      expect(s.stats.hits - hits + s.stats.misses - misses).toBe(files.length)
      return s.stats.misses - misses
    }
    const edit = (i: number, add: string): SourceFile[] =>
      files.map((f, k) => (k === i ? { ...f, text: `${f.text}\n${add}` } : f))
    // prose in the intro: only the intro is read again
    expect(readAgain(edit(0, 'One more line.\n'))).toBe(1)
    // an exercise in the last chapter: the chapters before it are taken as stored
    expect(readAgain(edit(2, '## Exercise 3: Stop\n\nStop it.\n'))).toBe(1)
    // the intro takes "Exercise 2" first: every chapter after it is read again, and the third
    // chapter's exercise is no longer a new one
    const early = edit(0, '## Exercise 2: Early\n\nEarly.\n')
    expect(readAgain(early)).toBe(3)
    expect(parse(dir, early, s).exercises.map((e) => e.chapter.split('/').pop())).toEqual(
      parse(dir, early).exercises.map((e) => e.chapter.split('/').pop())
    )
  })

  it('takes no stored reading that adds to another file', () => {
    const dir = 'docs/forged'
    const files = [{ path: `${dir}/01-a.md`, text: '# A\n\nSee KS-LIMIT-001 here.\n' }]
    const s = store()
    parse(dir, files, s)
    const t = parse(dir, files)
    const forged: ChapterReading = JSON.parse(
      JSON.stringify({
        chapter: t.chapters[0]!,
        out: {
          glossary: [],
          exercises: [],
          figures: [],
          images: [],
          links: [],
          citations: t.citations,
          prerequisites: [],
          diagrams: [],
          stepNumbers: []
        },
        steps: [],
        exerciseIds: []
      })
    ) as ChapterReading
    expect(isReadingOf(forged, `${dir}/01-a.md`)).toBe(true)
    expect(isReadingOf({ ...forged, steps: [0] }, `${dir}/01-a.md`)).toBe(false)
    forged.out.citations[0]!.file = 'elsewhere/secret.md'
    expect(isReadingOf(forged, `${dir}/01-a.md`)).toBe(false)
  })
})
