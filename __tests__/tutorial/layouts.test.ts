// The layout corpus (__tests__/fixtures/layouts/, our own writing): every layout the reader knows,
// read through the CLI as a user would. Each tutorial has a golden `inspect` outline beside it
// (regenerate on purpose with `UPDATE_GOLDEN=1`), and `check --format json` must account for every
// Markdown file, find the title, every exercise with its time and optional flag, every diagram.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runCli } from '../cli/run.js'
import type { CheckJson, TutorialJson } from '../../src/report/json.js'
import { claimId, loadFolder } from './helpers.js'
import { parseTutorial } from '../../src/tutorial/index.js'

const LAYOUTS = '__tests__/fixtures/layouts'
const update = process.env['UPDATE_GOLDEN'] === '1'
const layouts = readdirSync(LAYOUTS)
  .filter((n) => statSync(path.join(LAYOUTS, n)).isDirectory())
  .sort()

/** Every Markdown and MDX file under `dir`, hidden folders included (display paths). */
function markdownUnder(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = `${d}/${name}`
      if (statSync(p).isDirectory()) walk(p)
      else if (/\.mdx?$/i.test(name)) out.push(p)
    }
  }
  walk(dir)
  return out
}

function checkJson(dir: string): TutorialJson {
  const r = runCli(['check', '--format', 'json', '--claims', 'examples/claims', dir])
  expect(r.stderr).toBe('')
  const doc = JSON.parse(r.stdout) as CheckJson
  expect(doc.tutorials).toHaveLength(1)
  return doc.tutorials[0]!
}

type Ex = [id: string, minutes: [number, number] | undefined, optional: boolean]

interface Expected {
  title: string
  order: TutorialJson['order']
  chapters: string[]
  exercises: Ex[]
  diagrams: TutorialJson['diagrams'][number]['kind'][]
  time?: [number, number]
}

const EXPECTED: Record<string, Expected> = {
  'ascii-diagram': {
    title: 'Sandpiper Log Shipping Walkthrough',
    order: 'numbered',
    chapters: ['README.md', '01-shipping.md'],
    exercises: [
      ['E10', [10, 10], false],
      ['E20', [15, 15], false]
    ],
    // the box diagram, the Mermaid flow, the <img>, the box-drawing restart; not the tree or SQL
    diagrams: ['ascii', 'mermaid', 'image', 'ascii']
  },
  'docs-root': {
    title: 'Marlin Cache Workshop',
    order: 'docs',
    chapters: ['README.md', 'docs/01-install.md', 'docs/02-warming.md', 'docs/03-invalidation.md'],
    exercises: [
      ['Exercise 1', [10, 15], false],
      ['Exercise 2', [20, 20], false]
    ],
    diagrams: [],
    time: [60, 90]
  },
  // Docusaurus: the root README is the site's, the chapters are docs/ pages ordered by their
  // sidebar_position and their folders' _category_ position (JSON and YAML), two of them MDX
  'docusaurus-site': {
    title: 'Sending mail from a queue with Heronmail',
    order: 'docs',
    chapters: [
      'README.md',
      'docs/intro.mdx',
      'docs/getting-started/relay.md',
      'docs/getting-started/send.mdx',
      'docs/advanced/failover.md'
    ],
    exercises: [
      ['Exercise 1', [10, 15], false],
      ['Exercise 2', [15, 15], false],
      ['Exercise 3', [20, 20], true]
    ],
    diagrams: ['mermaid'],
    time: [45, 60]
  },
  'gitbook-summary': {
    title: 'Ferrydeck: Scheduling Batch Jobs on a Shared Cluster',
    order: 'summary',
    chapters: [
      'README.md',
      'chapters/concepts.md',
      'chapters/first-job.md',
      'chapters/priorities.md'
    ],
    exercises: [
      ['E10', [15, 20], false],
      ['E20', [10, 10], false]
    ],
    diagrams: ['image'],
    time: [40, 50]
  },
  // Hugo: content/ under the site's README, sections ordered by the weight of their _index page,
  // pages in one language (_index.en.md) with a French translation skipped as such
  'hugo-content': {
    title: 'Keeping a week of metrics with Pelican',
    order: 'docs',
    chapters: [
      'README.md',
      'content/_index.en.md',
      'content/setup/_index.en.md',
      'content/setup/2-config.en.md',
      'content/deploy/_index.en.md'
    ],
    exercises: [
      ['Exercise 1', [10, 10], false],
      ['Exercise 2', [20, 25], false]
    ],
    diagrams: [],
    time: [35, 45]
  },
  'jekyll-front-matter': {
    title: 'Plotting Tide Gauges with Seawall',
    order: 'front-matter',
    chapters: ['index.md', 'setup.md', 'first-chart.md', 'sharing.md'],
    exercises: [
      ['Challenge 1', [20, 20], false],
      ['Challenge 2', [10, 10], true]
    ],
    diagrams: []
  },
  'lab-files': {
    title: 'Hands-on with Quillstore',
    order: 'numbered',
    chapters: [
      'README.md',
      'lab-0-setup.md',
      'lab-1-first-notes.md',
      'lab-2-search.md',
      'lab-9-replication.md',
      'lab-10-cleanup.md'
    ],
    exercises: [
      ['Lab 0', [10, 10], false],
      ['Lab 1', [15, 15], false],
      ['Lab 2', [20, 20], false],
      ['Lab 9', [25, 25], false],
      ['Lab 10', undefined, true]
    ],
    diagrams: []
  },
  'lab-folders': {
    title: 'Ospreydb Replication Labs',
    order: 'numbered',
    chapters: ['README.md', 'Lab1/README.md', 'Lab2/README.md', 'Lab2/hints.md', 'Lab3/README.md'],
    exercises: [
      ['Lab 1', [20, 20], false],
      ['Lab 2', [25, 25], false],
      ['Lab 3', [30, 30], false]
    ],
    diagrams: []
  },
  // a README over one folder of numbered lessons (read like docs/, the first lesson no
  // introduction), each lesson ending in the same unlabelled 'Try it yourself' task
  'lessons-folder': {
    title: 'Stork Cache Course',
    order: 'docs',
    chapters: ['README.md', 'lessons/01-setup.md', 'lessons/02-reads.md', 'lessons/10-wrap-up.md'],
    exercises: [
      ['try-it-yourself', [10, 10], false],
      ['try-it-yourself-2', [15, 15], false],
      ['try-it-yourself-3', [5, 5], false]
    ],
    diagrams: [],
    time: [40, 40]
  },
  'mkdocs-nav': {
    title: 'Kestrel Feature Flags Lab',
    order: 'mkdocs',
    chapters: ['docs/index.md', 'docs/setup.md', 'docs/labs/rollout.md', 'docs/labs/targeting.md'],
    exercises: [
      ['Lab 1', [15, 15], false],
      ['Lab 2', [15, 20], false]
    ],
    diagrams: []
  },
  // labs whose sections hold labelled tasks: one level is listed, never both (the lab when it
  // states a time of its own, else its timed tasks)
  'nested-labs': {
    title: 'Kestrel Feature Flags Labs',
    order: 'numbered',
    chapters: ['README.md', 'lab-1-first-flag.md', 'lab-2-rollout.md'],
    exercises: [
      ['Task 1', [10, 10], false],
      ['Task 2', [15, 15], false],
      ['Lab 2', [30, 30], false]
    ],
    diagrams: []
  },
  'not-suitable-for': {
    title: 'Getting Started with Puffin Queues',
    order: 'numbered',
    chapters: ['README.md', '01-first-queue.md'],
    exercises: [['Exercise 1', [10, 10], false]],
    diagrams: []
  },
  'numbered-folders': {
    title: 'Tollbridge Message Queues in Practice',
    order: 'numbered',
    chapters: [
      'README.md',
      '01-getting-started/README.md',
      '02-working-with-queues/README.md',
      '02-working-with-queues/solution.md',
      '03-going-further/README.md'
    ],
    exercises: [
      ['Exercise 1', [10, 10], false],
      ['Exercise 2', [20, 20], false],
      ['Exercise 3', [15, 15], false]
    ],
    diagrams: []
  },
  'readme-table': {
    title: 'Building a Telemetry Pipeline with Wrenflow',
    order: 'readme-links',
    chapters: [
      'README.md',
      'labs/gateway.md',
      'labs/buffer.md',
      'labs/warehouse.md',
      'labs/dashboards.md',
      'labs/glossary.md'
    ],
    exercises: [
      ['Lab 1', [30, 30], false],
      ['Lab 2', [45, 45], false],
      ['Lab 3', [40, 40], false],
      ['Lab 4', [30, 30], true]
    ],
    diagrams: [],
    time: [120, 180]
  },
  'step-numbered': {
    title: 'Tracing Requests with Owlet',
    order: 'numbered',
    chapters: ['README.md', '01-background.md'],
    exercises: [
      ['Step 1', [15, 15], false],
      ['Step 2', [15, 15], false],
      ['Step 3', [20, 20], false],
      ['Step 4', [10, 10], true]
    ],
    diagrams: [],
    time: [45, 60]
  },
  'unnumbered-exercises': {
    title: 'Running Heronsync in Production',
    order: 'numbered',
    chapters: ['README.md', '01-concepts.md', '02-hands-on.md'],
    exercises: [
      ['Exercise', [15, 15], false],
      ['Exercise', [10, 10], false],
      ['Exercise', [10, 15], false],
      ['Exercise', [5, 5], true]
    ],
    diagrams: []
  }
}

describe('the layout corpus', () => {
  it('holds at least ten tutorials, each with expectations here', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(10)
    expect(layouts).toEqual(Object.keys(EXPECTED).sort())
  })

  describe.each(layouts)('%s', (name) => {
    const dir = `${LAYOUTS}/${name}`
    const expected = EXPECTED[name]!
    const rel = (p: string): string => p.slice(dir.length + 1)

    it('prints the golden inspect outline', () => {
      const r = runCli(['inspect', dir])
      expect(r.code).toBe(0)
      expect(r.stderr).toBe('')
      const golden = `${LAYOUTS}/${name}.inspect.txt`
      if (update || !existsSync(golden)) writeFileSync(golden, r.stdout)
      expect(r.stdout).toBe(readFileSync(golden, 'utf8'))
    })

    it('accounts for every Markdown file: a chapter or skipped with a reason', () => {
      const t = checkJson(dir)
      const chapters = t.chapters.map((c) => c.file)
      const skippedFiles = t.skipped.filter((s) => !s.file.endsWith('/')).map((s) => s.file)
      const skippedDirs = t.skipped.filter((s) => s.file.endsWith('/')).map((s) => s.file)
      for (const s of t.skipped) expect(s.reason).not.toBe('')
      const accounted = (f: string): boolean =>
        chapters.includes(f) || skippedFiles.includes(f) || skippedDirs.some((d) => f.startsWith(d))
      expect(markdownUnder(dir).filter((f) => !accounted(f))).toEqual([])
      // and nothing is both
      expect(chapters.filter((c) => skippedFiles.includes(c))).toEqual([])
    })

    it('finds the title, the order, every exercise with its time and optional flag, every diagram', () => {
      const t = checkJson(dir)
      expect(t.title).toBe(expected.title)
      expect(t.order).toBe(expected.order)
      expect(t.chapters.map((c) => rel(c.file))).toEqual(expected.chapters)
      expect(
        t.exercises.map((e): Ex => [
          e.id,
          e.minutes ? [e.minutes.min, e.minutes.max] : undefined,
          e.optional
        ])
      ).toEqual(expected.exercises)
      expect(t.diagrams.map((d) => d.kind)).toEqual(expected.diagrams)
      expect(t.time ? [t.time.min, t.time.max] : undefined).toEqual(expected.time)
    })
  })
})

describe('details the outlines rely on', () => {
  const read = (name: string) => {
    const dir = `${LAYOUTS}/${name}`
    return parseTutorial(dir, loadFolder(dir), { claimId: claimId() })
  }

  it('tags the blocks under role headings (Not suitable for, Limitations, Roadmap, Why …)', () => {
    const t = read('not-suitable-for')
    const roleOf = (text: string) =>
      t.chapters.flatMap((c) => c.blocks).find((b) => b.text.startsWith(text))?.role
    expect(roleOf('Workloads that need messages replicated')).toBe('non-goal')
    expect(roleOf('Puffin keeps the whole index in memory')).toBe('limitation')
    expect(roleOf('Replication between two hosts is planned')).toBe('roadmap')
    expect(roleOf('Fewer moving parts')).toBe('why')
    expect(roleOf('A laptop with 2 GB')).toBe('prerequisites')
    expect(roleOf('Delete the `jobs` queue') ?? roleOf('Delete the jobs queue')).toBe('cleanup')
    expect(roleOf('Puffin is a queue for small teams')).toBeUndefined()
  })

  it('captions diagrams by alt text, else the nearest heading, with file and line', () => {
    const t = read('ascii-diagram')
    expect(t.diagrams.map((d) => [d.kind, d.caption, rel(d.file, t.dir), d.line])).toEqual([
      ['ascii', 'Architecture', 'README.md', 7],
      ['mermaid', 'E10 — Ship one file', '01-shipping.md', 7],
      ['image', 'The central store console after the first upload', '01-shipping.md', 24],
      ['ascii', 'E20 — Survive a restart', '01-shipping.md', 30]
    ])
  })

  it("reads MDX pages without their import lines, JSX wrappers' Markdown included", () => {
    const t = read('docusaurus-site')
    const blocks = t.chapters.flatMap((c) => c.blocks)
    expect(blocks.some((b) => /^(?:import|export)\b/.test(b.text))).toBe(false)
    // the code block between <Tabs> and </Tabs> and the tip inside <Admonition> are read
    expect(blocks.some((b) => b.kind === 'code' && /curl -X POST/.test(b.text))).toBe(true)
    expect(blocks.some((b) => /second terminal open/.test(b.text))).toBe(true)
  })

  it('orders Docusaurus folders by _category_ position, and warns at one that does not parse', () => {
    const dir = `${LAYOUTS}/docusaurus-site`
    const files = loadFolder(dir).map((f) =>
      f.path.endsWith('_category_.json') ? { ...f, text: '{ "position": 2,' } : f
    )
    const t = parseTutorial(dir, files, { claimId: claimId() })
    const warning = t.diagnostics.find((d) => d.file.endsWith('_category_.json'))
    expect(warning?.severity).toBe('warning')
    expect(warning?.message).toMatch(
      /^_category_\.json cannot be read \(.+\); its position is not used\.$/
    )
    // JSON.parse names an offset (16, after the comma): the finding names its line and column
    expect([warning?.line, warning?.column]).toEqual([1, 17])
    // without a position the folder has no order key among keyed siblings: its pages are not
    // chapters, and each is listed as skipped with the reason, never silently dropped
    expect(t.chapters.map((c) => rel(c.file, dir))).toEqual([
      'README.md',
      'docs/intro.mdx',
      'docs/advanced/failover.md'
    ])
    expect(t.skipped.map((s) => [rel(s.file, dir), s.reason])).toEqual(
      ['relay.md', 'send.mdx'].map((f) => [
        `docs/getting-started/${f}`,
        'has no order key (sidebar_position, nav_order, weight) in its front matter, no _category_ position and no number'
      ])
    )
  })

  it('refuses a mkdocs.yml whose nav: aliases expand past the budget, before walking it', () => {
    // nine levels of ten aliases each: a billion nav entries once expanded
    const levels = Array.from({ length: 9 }, (_, i) =>
      i === 0
        ? 'a0: &a0 [x.md, x.md, x.md, x.md, x.md, x.md, x.md, x.md, x.md, x.md]'
        : `a${i}: &a${i} [${Array(10)
            .fill(`*a${i - 1}`)
            .join(', ')}]`
    )
    const files = [
      { path: 't/mkdocs.yml', text: `${levels.join('\n')}\nnav: *a8\n` },
      { path: 't/README.md', text: '# Tern\n' },
      { path: 't/docs/index.md', text: '# Home\n' },
      { path: 't/docs/x.md', text: '# X\n' }
    ]
    const t = parseTutorial('t', files, { claimId: claimId() })
    const warning = t.diagnostics.find((d) => d.file === 't/mkdocs.yml')
    expect(warning?.message).toMatch(
      /mkdocs\.yml cannot be read \(its aliases expand to more than 100,000 values\); its nav: is not used\./
    )
    expect(t.chapters.map((c) => c.file)).toContain('t/docs/x.md')
  })

  it('reads front matter as data, never as chapter text', () => {
    const t = read('jekyll-front-matter')
    const text = t.chapters.flatMap((c) => c.blocks).map((b) => b.text)
    expect(text.some((x) => /nav_order/.test(x))).toBe(false)
    expect(t.chapters.map((c) => c.title)).toEqual([
      'Plotting Tide Gauges with Seawall',
      'Setting up',
      'Your first chart',
      'Sharing charts'
    ])
  })
})

function rel(file: string, dir: string): string {
  return file.slice(dir.length + 1)
}
