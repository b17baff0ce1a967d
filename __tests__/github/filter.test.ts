// filter-mode on a pull request's patches, and clean-comment delete/hide on the fake platform.
import { describe, expect, it } from '@jest/globals'
import { FakePlatform } from '../../__fixtures__/platform.js'
import type { PullFile } from '../../src/github/affected.js'
import { HIDDEN_LINE, removeSticky, upsertSticky } from '../../src/github/comment.js'
import { addedLines, filterFindings } from '../../src/github/filter.js'
import type { Diagnostic } from '../../src/model.js'

const d = (file: string, line: number, rule = 'claim/draft', claim?: string): Diagnostic => ({
  rule,
  severity: 'warning',
  message: `${rule} at ${line}`,
  file,
  line,
  column: 1,
  ...(claim ? { claim } : {})
})

const files: PullFile[] = [
  {
    filename: 'tut/01.md',
    status: 'modified',
    patch: '@@ -4,3 +4,4 @@\n keep\n-old\n+new five\n+new six\n keep'
  },
  { filename: 'tut/new.md', status: 'added', patch: '@@ -0,0 +1,2 @@\n+a\n+b' },
  { filename: 'tut/big.md', status: 'modified' }, // no patch: too large to diff
  { filename: 'tut/gone.md', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' }
]

describe('filterFindings', () => {
  const all = [
    d('tut/01.md', 5),
    d('tut/01.md', 6),
    d('tut/01.md', 4),
    d('tut/01.md', 30, 'claim/deprecated', 'KS-ARCH-001'),
    d('tut/02.md', 3),
    d('tut/new.md', 2),
    d('tut/big.md', 99),
    d('drafts/x.draft.md', 1, 'draft/stale')
  ]
  const keys = (ds: Diagnostic[]) => ds.map((x) => `${x.file}:${x.line}`)

  it('added: lines the PR adds, whole new or undiffable files, changed claims, stale drafts', () => {
    const r = filterFindings(all, { mode: 'added', files, changedClaims: ['KS-ARCH-001'] })
    expect(keys(r.kept)).toEqual([
      'tut/01.md:5',
      'tut/01.md:6',
      'tut/01.md:30',
      'tut/new.md:2',
      'tut/big.md:99',
      'drafts/x.draft.md:1'
    ])
    expect(keys(r.outside)).toEqual(['tut/01.md:4', 'tut/02.md:3'])
  })

  it('file: anything in a changed file; nofilter: everything', () => {
    const file = filterFindings(all, { mode: 'file', files, changedClaims: [] })
    expect(keys(file.outside)).toEqual(['tut/02.md:3'])
    const none = filterFindings(all, { mode: 'nofilter', files, changedClaims: [] })
    expect(none.kept).toHaveLength(all.length)
    expect(none.outside).toEqual([])
  })

  it('counts a finding spanning lines when one of them was added', () => {
    const span = { ...d('tut/01.md', 3), endLine: 5, endColumn: 2 }
    expect(filterFindings([span], { mode: 'added', files, changedClaims: [] }).kept).toHaveLength(1)
  })

  it('reads the patches with parse-diff: removed files have no lines', () => {
    const lines = addedLines(files)
    expect([...(lines.get('tut/01.md') as Set<number>)]).toEqual([5, 6])
    expect(lines.get('tut/new.md')).toBe('all')
    expect(lines.has('tut/gone.md')).toBe(false)
  })
})

describe('clean-comment', () => {
  const MARKER = '<!-- tutorial-amplifier:default -->'
  const BOT = 'github-actions[bot]'
  const o = (body: string) => ({ issue: 7, marker: MARKER, author: BOT, body, create: true })
  const clean = `${MARKER}\n\n## Tutorial amplifier\n\n**✅ no problems**\n`

  it('delete removes every comment of ours and nobody else’s, and creates none', async () => {
    const p = new FakePlatform()
    p.add(7, BOT, `${MARKER}\n\nold findings`)
    p.add(7, BOT, `${MARKER}\n\nduplicate`)
    const other = p.add(7, 'someone', `${MARKER}\n\nnot ours`)
    expect(await removeSticky(p, o(clean), 'delete')).toHaveLength(2)
    expect(p.comments.map((c) => c.id)).toEqual([other.id])
    expect(await removeSticky(p, o(clean), 'delete')).toEqual([])
    expect(p.writes.filter((w) => w.startsWith('create'))).toEqual([])
  })

  it('hide gives the comment the clean body and minimizes it once; findings show it again', async () => {
    const p = new FakePlatform()
    const mine = p.add(7, BOT, `${MARKER}\n\nold findings`)
    await removeSticky(p, o(clean), 'hide')
    expect(p.comments[0]!.body.split('\n').slice(0, 2)).toEqual([MARKER, HIDDEN_LINE])
    expect(p.comments[0]!.body).toContain('no problems')
    expect(p.minimized.has(mine.nodeId!)).toBe(true)
    // a second clean run changes nothing
    const writes = p.writes.length
    await removeSticky(p, o(clean), 'hide')
    expect(p.writes).toHaveLength(writes)
    // findings again: updated and shown again
    await upsertSticky(p, o(`${MARKER}\n\nnew findings`))
    expect(p.comments[0]!.body).toBe(`${MARKER}\n\nnew findings`)
    expect(p.minimized.has(mine.nodeId!)).toBe(false)
    expect(p.writes.slice(-2)).toEqual([`update ${mine.id}`, `unminimize ${mine.nodeId}`])
  })
})
