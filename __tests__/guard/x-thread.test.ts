// The X / Twitter channel on committed threads: `check` on a repository with threads committed in
// every shape people use (counters `1/5`, posts split by `---`, a numbered list, `**Tweet 1:**`
// labels; named `x-thread-draft__<t>.md`, `<date>__<t>__twitter.md`, `tweet-thread__<t>.md`,
// `thread__<t>.md`) finds each planted defect at its line and nothing else: clean threads, notes
// and another network's thread stay quiet. The tutorial and registry are the committed-drafts
// fixture's; the threads (__tests__/fixtures/x-threads) are our own writing.
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CheckJson } from '../../src/report/json.js'
import { runCli } from '../cli/run.js'

const BASE = path.join(process.cwd(), '__tests__/fixtures/committed-drafts')
const THREADS = path.join(process.cwd(), '__tests__/fixtures/x-threads')
const DRAFTS = 'tutorials/publication-drafts'

/** A planted defect: the rule, the thread and the text on the line the finding must be at. */
type Planted = [rule: string, file: string, at: string]

const PLANTED: Planted[] = [
  // counters: the third post is over 280 characters, the second states a figure of its own
  ['draft/length', 'x-thread-draft__201_harbor-sync.md', '3/5 The workshop pairs'],
  ['draft/untraced-figure', 'x-thread-draft__201_harbor-sync.md', '5 seconds'],
  // posts split by `---`: eight posts, the limit is six (reported at the seventh)
  ['draft/length', '2026-02-01__201_harbor-sync__twitter.md', 'The core path takes'],
  // a numbered list without a link back (at the last post)
  ['draft/missing-element', 'tweet-thread__201_harbor-sync.md', '4. The core path'],
  ['draft/roadmap-promise', 'tweet-thread__201_harbor-sync.md', 'coming soon']
]

function lineOf(file: string, needle: string): { line: number; column: number } {
  const lines = readFileSync(path.join(THREADS, file), 'utf8').split('\n')
  const i = lines.findIndex((l) => l.includes(needle))
  if (i < 0) throw new Error(`"${needle}" is not in ${file}`)
  return { line: i + 1, column: (lines[i] ?? '').indexOf(needle) + 1 }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ta-x-threads-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function workspace(): string {
  cpSync(
    path.join(BASE, 'tutorials/201_harbor-sync'),
    path.join(tmp, 'tutorials/201_harbor-sync'),
    {
      recursive: true
    }
  )
  cpSync(path.join(BASE, 'claims'), path.join(tmp, 'claims'), { recursive: true })
  cpSync(THREADS, path.join(tmp, DRAFTS), { recursive: true })
  writeFileSync(
    path.join(tmp, 'config.yml'),
    'tutorials:\n  - tutorials/201_harbor-sync\nclaims:\n  - claims\n'
  )
  return tmp
}

function check(root: string, extra: string[] = []): { code: number; doc: CheckJson } {
  const r = runCli(
    ['check', '--config', 'config.yml', '--root', '.', '--format', 'json', ...extra],
    root
  )
  expect(r.stderr).toBe('')
  return { code: r.code, doc: JSON.parse(r.stdout) as CheckJson }
}

describe('committed X / Twitter threads', () => {
  const root = workspace()
  const { doc } = check(root)
  const found = doc.diagnostics.filter((d) => d.file.startsWith(`${DRAFTS}/`))

  it('reads every thread as the X channel, another network’s thread as that network', () => {
    const channels = Object.fromEntries(
      doc.drafts.map((d) => [path.posix.basename(d.path), d.channel])
    )
    expect(channels).toEqual({
      '2026-02-01__201_harbor-sync__twitter.md': 'x-thread',
      'mastodon-thread__201_harbor-sync.md': 'mastodon',
      'thread__201_harbor-sync.md': 'x-thread',
      'tweet-thread__201_harbor-sync.md': 'x-thread',
      'x-thread-draft__201_harbor-sync.md': 'x-thread'
    })
    expect(readdirSync(THREADS)).toHaveLength(doc.drafts.length)
  })

  it('finds each planted defect at its line, and nothing on clean threads or in notes', () => {
    const want = PLANTED.map(
      ([rule, file, at]) => `${DRAFTS}/${file}:${lineOf(file, at).line} ${rule}`
    ).sort()
    expect(found.map((d) => `${d.file}:${d.line} ${d.rule}`).sort()).toEqual(want)
  })

  it('says how long the post is, as X counts it, and what the limit is', () => {
    const long = found.find((d) => d.rule === 'draft/length' && d.file.includes('x-thread-draft'))
    expect(long?.message).toMatch(
      /^the X \/ Twitter draft: post 3 has 3\d\d characters \(limit 280, each link counted as 23\), starting "3\/5 The workshop pairs/
    )
    const many = found.find((d) => d.rule === 'draft/length' && d.file.includes('__twitter'))
    expect(many?.message).toMatch(
      /^the X \/ Twitter draft has 8 posts \(limit 2–6\); the 7th starts "The core path takes 40-50 minutes\."/
    )
    const cta = found.find((d) => d.rule === 'draft/missing-element')
    expect(cta?.message).toContain('lacks the call-to-action the X / Twitter channel requires')
  })

  it('holds the config’s limits for the channel', () => {
    writeFileSync(
      path.join(root, 'config.yml'),
      'tutorials:\n  - tutorials/201_harbor-sync\nclaims:\n  - claims\nchannels:\n  x-thread:\n    posts: [2, 8]\n    chars: { max: 400 }\n'
    )
    try {
      const lengths = check(root).doc.diagnostics.filter((d) => d.rule === 'draft/length')
      expect(lengths).toEqual([])
    } finally {
      workspace()
    }
  })
})
