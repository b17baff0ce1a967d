// End to end: `check` on a repository laid out like a team's (a tutorial, its registry, drafts
// committed in every naming style, one per channel, with notes blocks) finds each planted defect at
// its line and nothing else: clean lines and notes stay quiet. Every sentence in the fixture is our
// own writing (__tests__/fixtures/committed-drafts).
import { describe, expect, it } from '@jest/globals'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runGenerate } from '../../src/app.js'
import { loadConfig } from '../../src/config/load.js'
import type { CheckJson } from '../../src/report/json.js'
import { runCli } from '../cli/run.js'

const FIXTURE = path.join(process.cwd(), '__tests__/fixtures/committed-drafts')
const DRAFTS = 'tutorials/publication-drafts'

/** A planted defect: the rule, the file and the text the finding must point at. */
type Planted = [rule: string, file: string, at: string]

const PLANTED: Planted[] = [
  // <date>__<tutorial>__draft.md: the combined seven-section format keeps its checks
  ['draft/length', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, 'Two laptops, one folder'],
  ['draft/absolute-language', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, 'never lose'],
  ['draft/untraced-figure', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, '100 ms'],
  ['draft/length', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, '**Format:** 20-minute'],
  ['draft/roadmap-promise', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, 'coming soon'],
  ['draft/unearned-tick', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, 'Technical Accuracy'],
  // required elements (channel contract): no link back in the LinkedIn post and the blog outline
  // (at their last line), a talk abstract without insight, product name, audience or level
  ['draft/missing-element', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, 'Two laptops'],
  ['draft/missing-element', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, '- In the lab'],
  ['draft/missing-element', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, 'A short abstract'],
  ['draft/missing-element', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, 'A short abstract'],
  ['draft/missing-element', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, 'A short abstract'],
  ['draft/missing-element', `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`, 'A short abstract'],
  // linkedin-draft__<tutorial>.md
  ['draft/untraced-figure', `${DRAFTS}/linkedin-draft__201_harbor-sync.md`, '30 minutes'],
  ['draft/absolute-language', `${DRAFTS}/linkedin-draft__201_harbor-sync.md`, 'perfect for'],
  ['draft/unearned-tick', `${DRAFTS}/linkedin-draft__201_harbor-sync.md`, 'No Overclaiming'],
  // blog-draft__<tutorial>.md
  ['draft/untraced-figure', `${DRAFTS}/blog-draft__201_harbor-sync.md`, '5x'],
  ['claim/draft', `${DRAFTS}/blog-draft__201_harbor-sync.md`, 'HS-PERF-002'],
  ['draft/uncited-claim', `${DRAFTS}/blog-draft__201_harbor-sync.md`, 'HS-PERF-002'],
  ['draft/roadmap-promise', `${DRAFTS}/blog-draft__201_harbor-sync.md`, 'ships next'],
  // newsletter-draft__<tutorial>.md
  ['draft/uncited-figure', `${DRAFTS}/newsletter-draft__201_harbor-sync.md`, '99.99%'],
  ['claim/deprecated', `${DRAFTS}/newsletter-draft__201_harbor-sync.md`, 'HS-ARCH-003'],
  ['draft/uncited-claim', `${DRAFTS}/newsletter-draft__201_harbor-sync.md`, 'HS-ARCH-003'],
  ['claim/unknown', `${DRAFTS}/newsletter-draft__201_harbor-sync.md`, 'HS-ARCH-099'],
  ['terminology/inconsistent', `${DRAFTS}/newsletter-draft__201_harbor-sync.md`, 'sync-agent'],
  // a newsletter issue with no link back to the tutorial (at the post's last paragraph)
  ['draft/missing-element', `${DRAFTS}/newsletter-draft__201_harbor-sync.md`, 'Small files reach'],
  // talk-abstract__<tutorial>.md
  ['draft/absolute-language', `${DRAFTS}/talk-abstract__201_harbor-sync.md`, 'never loses'],
  ['draft/roadmap-promise', `${DRAFTS}/talk-abstract__201_harbor-sync.md`, 'coming soon'],
  // matched by its front matter through a drafts.paths glob
  ['draft/untraced-figure', 'other/announcement.md', '3x'],
  // Markdown in drafts folders that belongs to no tutorial
  ['draft/unmatched', `${DRAFTS}/backlog.md`, '# Post ideas'],
  ['draft/unmatched', 'other/ideas.md', '# Someday']
]

function lineOf(file: string, needle: string): { line: number; column: number } {
  const lines = readFileSync(path.join(FIXTURE, file), 'utf8').split('\n')
  const i = lines.findIndex((l) => l.includes(needle))
  if (i < 0) throw new Error(`"${needle}" is not in ${file}`)
  return { line: i + 1, column: (lines[i] ?? '').indexOf(needle) + 1 }
}

function check(extra: string[] = []): { code: number; doc: CheckJson } {
  const r = runCli(
    ['check', '--config', 'config.yml', '--root', '.', '--format', 'json', ...extra],
    FIXTURE
  )
  expect(r.stderr).toBe('')
  return { code: r.code, doc: JSON.parse(r.stdout) as CheckJson }
}

const isDraftFile = (f: string): boolean => f.startsWith(`${DRAFTS}/`) || f.startsWith('other/')

describe('committed drafts in every naming style', () => {
  const { code, doc } = check()
  const found = doc.diagnostics.filter((d) => isDraftFile(d.file))

  it('lists every guarded draft with its tutorial and channel', () => {
    expect(doc.drafts).toEqual([
      { path: 'other/announcement.md', tutorial: '201_harbor-sync', channel: 'announcement' },
      {
        path: `${DRAFTS}/2026-01-04__201_harbor-sync__draft.md`,
        tutorial: '201_harbor-sync',
        channel: 'combined'
      },
      {
        path: `${DRAFTS}/blog-draft__201_harbor-sync.md`,
        tutorial: '201_harbor-sync',
        channel: 'blog-outline'
      },
      {
        path: `${DRAFTS}/linkedin-draft__201_harbor-sync.md`,
        tutorial: '201_harbor-sync',
        channel: 'linkedin'
      },
      {
        path: `${DRAFTS}/newsletter-draft__201_harbor-sync.md`,
        tutorial: '201_harbor-sync',
        channel: 'newsletter'
      },
      {
        path: `${DRAFTS}/talk-abstract__201_harbor-sync.md`,
        tutorial: '201_harbor-sync',
        channel: 'talk-abstract'
      }
    ])
    expect(code).toBe(1) // the deprecated and the unknown claim are errors
  })

  it('finds each planted defect at its line, and nothing on clean lines or in notes', () => {
    const want = PLANTED.map(
      ([rule, file, at]) => `${file}:${lineOf(file, at).line} ${rule}`
    ).sort()
    const got = found.map((d) => `${d.file}:${d.line} ${d.rule}`).sort()
    expect(got).toEqual(want)
  })

  it('points at the figure, claim or phrase itself', () => {
    for (const [rule, file, at] of PLANTED) {
      if (rule === 'draft/length' || rule === 'draft/unmatched') continue
      const { line, column } = lineOf(file, at)
      expect(found).toContainEqual(expect.objectContaining({ rule, file, line, column }))
    }
  })

  it('names what the tutorial states for the same quantity, and where', () => {
    const misquote = found.find(
      (d) => d.file.includes('linkedin-draft') && d.rule === 'draft/untraced-figure'
    )
    expect(misquote?.message).toMatch(
      /^"30 minutes" is not in the tutorial; it states "40-50 minutes" for the core path \(README\.md:18\)/
    )
    const combined = found.find(
      (d) => d.file.includes('2026-01-04') && d.rule === 'draft/untraced-figure'
    )
    expect(combined?.message).toContain(
      'it states "200 ms" in "In our test lab a small file reached the peer'
    )
    expect(combined?.message).toContain('(01-pairing.md:13)')
    const none = found.find((d) => d.file === 'other/announcement.md')
    expect(none?.message).toContain('stated in neither the tutorial nor the claims registry')
  })

  it('names the successor of a deprecated claim and the place of the uncited tutorial figure', () => {
    const dep = found.find((d) => d.rule === 'claim/deprecated')
    expect(dep?.message).toContain('superseded by HS-ARCH-002')
    const uncited = found.find((d) => d.rule === 'draft/uncited-figure')
    expect(uncited?.message).toContain('(01-pairing.md:14)')
  })

  it('reads the per-channel file as one post: never asked for the other sections', () => {
    expect(found.filter((d) => d.rule === 'draft/missing-section')).toEqual([])
  })

  it('guards the same drafts in the run the action makes on a pull request', () => {
    const ws = { root: FIXTURE, cwd: FIXTURE }
    const config = loadConfig(ws, 'config.yml')
    const tutorials = [path.join(FIXTURE, 'tutorials/201_harbor-sync')]
    const run = runGenerate({ ws, config, selection: { tutorials, claims: ['claims'] } })
    expect(run.result.guarded).toEqual(doc.drafts)
    // the run also reports the guard's findings on the drafts it generates (at their own paths);
    // every finding check makes on the committed drafts is among its findings
    const got = new Set(
      run.result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)
    )
    for (const d of found) expect(got).toContain(`${d.file}:${d.line}:${d.column} ${d.rule}`)
    // a run that writes drafts does not guard the files it overwrites; these are not ours
    const writing = runGenerate({ ws, config, selection: { tutorials }, writes: true })
    expect(writing.result.guarded).toEqual(doc.drafts)
  })

  it('guards the same drafts whether or not --drafts names the folder again', () => {
    const again = check(['--drafts', DRAFTS]).doc
    expect(again.drafts).toEqual(doc.drafts)
    expect(again.diagnostics).toEqual(doc.diagnostics)
  })
})

describe('drafts folders and the workspace', () => {
  it('guards our own committed draft, except in a run that overwrites it', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'ta-drafts-'))
    try {
      cpSync(FIXTURE, tmp, { recursive: true })
      const ours = `${DRAFTS}/201_harbor-sync.draft.md`
      writeFileSync(path.join(tmp, ours), '## Core Story Summary\n\n- Always fast.\n')
      const ws = { root: tmp, cwd: tmp }
      const config = loadConfig(ws, 'config.yml')
      const checked = runGenerate({ ws, config, selection: {} }).result.guarded ?? []
      expect(checked).toContainEqual({
        path: ours,
        tutorial: '201_harbor-sync',
        channel: 'combined'
      })
      const writing = runGenerate({ ws, config, selection: {}, writes: true }).result.guarded ?? []
      expect(writing.map((d) => d.path)).not.toContain(ours)
      expect(writing).toHaveLength(checked.length - 1)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })

  it('never reads a drafts folder that is a symbolic link leading out of the workspace', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'ta-drafts-'))
    try {
      const ws = path.join(tmp, 'ws')
      cpSync(FIXTURE, ws, { recursive: true })
      rmSync(path.join(ws, DRAFTS), { recursive: true })
      mkdirSync(path.join(tmp, 'outside'))
      writeFileSync(
        path.join(tmp, 'outside/linkedin-draft__201_harbor-sync.md'),
        'It always works, 1000x faster.\n'
      )
      symlinkSync(path.join(tmp, 'outside'), path.join(ws, DRAFTS))
      const r = runCli(['check', '--config', 'config.yml', '--root', '.', '--format', 'json'], ws)
      // refused as a whole, naming the folder: nothing outside is read or reported on
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/publication-drafts.*leads outside the workspace/)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})
