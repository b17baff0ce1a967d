import { describe, expect, it } from '@jest/globals'
import { parseTutorial } from '../../src/tutorial/index.js'
import { FIXTURES, fixtureText, fromText, positionOf, readFixture } from './helpers.js'

const LF = `${FIXTURES}/lanternfish`
const t = readFixture('lanternfish')
const concepts = fixtureText('lanternfish/01-concepts.md')
const exercisesText = fixtureText('lanternfish/02-exercises.md')

describe('parseTutorial: title, headings, positions', () => {
  it('takes the title from the README h1 and keeps heading places', () => {
    expect(t.title).toBe('Lanternfish Hands-On Guide')
    expect(t.name).toBe('lanternfish')
    const readme = t.chapters[0]!
    expect(readme.file).toBe(`${LF}/README.md`)
    // frontmatter shifts the h1 to line 5
    expect(readme.headings[0]).toEqual({
      file: `${LF}/README.md`,
      line: 5,
      column: 1,
      depth: 1,
      text: 'Lanternfish Hands-On Guide'
    })
    expect(readme.headings.map((h) => h.text)).toEqual([
      'Lanternfish Hands-On Guide',
      'Prerequisites',
      'Glossary',
      'What you will learn'
    ])
  })

  it('maps citations inside bold, links and text to their exact line and column', () => {
    const byId = (id: string) => t.citations.find((c) => c.id === id)!
    for (const id of ['LF-ARCH-002', 'LF-DUR-001', 'LF-COMP-001', 'LF-PERF-001']) {
      const c = byId(id)
      expect({ line: c.line, column: c.column }).toEqual(positionOf(concepts, id))
      expect(c.file).toBe(`${LF}/01-concepts.md`)
    }
    const bold = byId('LF-ARCH-001')
    expect({ line: bold.line, column: bold.column }).toEqual(positionOf(concepts, 'LF-ARCH-001'))
  })

  it('records the time commitment from the README', () => {
    expect(t.timeCommitment).toMatchObject({
      file: `${LF}/README.md`,
      line: 9,
      text: '40 minutes (core path 45-60)',
      estimate: { minMinutes: 40, maxMinutes: 40 }
    })
  })

  it.each([
    ['**Time required**: 1-2 hours', '1-2 hours', 60, 120],
    ['**Duration:** 90 minutes', '90 minutes', 90, 90],
    ['**Estimated time**: 45 min', '45 min', 45, 45]
  ])('reads a README line "%s" as the time commitment', (line, text, min, max) => {
    const x = fromText({ 'README.md': `# T\n\nIntro.\n\n${line}\n`, '01-a.md': '# A\n' })
    expect(x.timeCommitment).toMatchObject({
      file: 'docs/demo/README.md',
      line: 5,
      text,
      estimate: { minMinutes: min, maxMinutes: max }
    })
    expect(x.exercises).toEqual([])
  })

  it('reads prerequisites as top-level items of the Prerequisites section only', () => {
    expect(t.prerequisites.map((p) => p.text)).toEqual([
      'Docker 25 or later',
      'lfctl v0.9.3',
      'A free port 7400'
    ])
    expect(t.prerequisites[1]).toMatchObject({ file: `${LF}/README.md`, line: 15, column: 1 })
  })

  it('accepts "Before you begin" and "Requirements" headings for prerequisites', () => {
    const x = fromText({
      'README.md': '# T\n\n## Before you begin\n\n- Git\n\n## Steps\n\n- not one\n',
      '01-a.md': '# A\n\n### Requirements\n\n* Node 20\n'
    })
    expect(x.prerequisites.map((p) => p.text)).toEqual(['Git', 'Node 20'])
  })
})

describe('glossary', () => {
  it('reads bold-colon, bold-dash, colon-inside-bold, plain items, paragraphs and tables', () => {
    expect(t.glossary.map((g) => [g.term, g.definition])).toEqual([
      ['Segment', 'an immutable chunk of the log stored as one object.'],
      ['Beacon', 'the process that tells clients where segments live.'],
      ['Tail cache', 'the local disk cache of recent segments.'],
      ['Reef', 'a group of beacons sharing one catalog.'],
      ['Drift', 'the delay between a write and its visibility to readers.'],
      ['Lantern', 'a stateless reader node'],
      ['Shoal', 'a set of lanterns behind one address']
    ])
    const readme = fixtureText('lanternfish/README.md')
    const shoal = t.glossary.find((g) => g.term === 'Shoal')!
    expect(shoal.line).toBe(positionOf(readme, '| Shoal').line)
    const drift = t.glossary.find((g) => g.term === 'Drift')!
    expect(drift.line).toBe(positionOf(readme, '**Drift**').line)
  })

  it('finds a glossary in any chapter and stops at the next heading of the same level', () => {
    const x = fromText({
      'README.md': '# T\n',
      '01-end.md':
        '# End\n\n## Key Terms\n\n- **Pod**: a group of containers\n\n## Next\n\n- **Not**: a term\n'
    })
    expect(x.glossary).toEqual([
      {
        file: 'docs/demo/01-end.md',
        line: 5,
        column: 1,
        term: 'Pod',
        definition: 'a group of containers'
      }
    ])
  })
})

describe('exercises', () => {
  it('recognises E10, Exercise 3, Lab 1, Task 4, Challenge 1 and timed headings, in order', () => {
    expect(t.exercises.map((e) => [e.id, e.title, e.estimatedTime?.text])).toEqual([
      ['E10', 'Start a local reef', '15-20 minutes'],
      ['Exercise 3', 'Write a segment', '10 min'],
      ['Lab 1', 'Scale the shoal', '1-2 hours'],
      ['Task 4', 'Break a beacon', undefined],
      ['Challenge 1', 'Tune the tail cache', '25 min'],
      ['clean-up-the-cluster', 'Clean up the cluster', '5 minutes']
    ])
  })

  it('keeps the place and chapter of the heading that introduces an exercise', () => {
    const e10 = t.exercises[0]!
    expect(e10).toMatchObject({
      file: `${LF}/02-exercises.md`,
      chapter: `${LF}/02-exercises.md`,
      ...positionOf(exercisesText, '## E10')
    })
    expect(t.exercises[2]!.estimatedTime).toEqual({
      text: '1-2 hours',
      minMinutes: 60,
      maxMinutes: 120
    })
  })

  it('dedupes an exercise mentioned again later (first occurrence wins)', () => {
    expect(t.exercises.filter((e) => e.id === 'E10')).toHaveLength(1)
    const x = fromText({
      'README.md': '# T\n\n## Lab 1: Intro\n',
      '01-a.md': '# A\n\n## Lab 1 revisited\n\n**Estimated time**: 5 min\n\n## Exercise E20 – Go\n'
    })
    expect(x.exercises.map((e) => [e.id, e.title, e.chapter])).toEqual([
      ['Lab 1', 'Intro', 'docs/demo/README.md'],
      ['E20', 'Go', 'docs/demo/01-a.md']
    ])
  })

  it('takes a time written in the heading itself', () => {
    const x = fromText({ 'README.md': '# T\n\n## E30 — Replay (10-15 min)\n' })
    expect(x.exercises[0]).toMatchObject({
      id: 'E30',
      estimatedTime: { minMinutes: 10, maxMinutes: 15 }
    })
  })

  it('does not take an exercise label from words like E2E or IDs like KS-E10-001', () => {
    const x = fromText({ 'README.md': '# T\n\n## E2E testing\n\n## About KS-E10-001\n' })
    expect(x.exercises).toEqual([])
  })
})

describe('citations', () => {
  const ids = t.citations.map((c) => c.id)

  it('finds IDs in prose, headings, lists, tables and blockquotes with their context', () => {
    expect(t.citations.map((c) => [c.id, c.context])).toEqual([
      ['LF-ARCH-001', 'prose'],
      ['LF-DUR-001', 'heading'],
      ['LF-ARCH-002', 'list'],
      ['LF-PERF-001', 'table'],
      ['LF-COMP-001', 'blockquote'],
      ['LF-COST-001', 'prose'],
      ['LF-ARCH-001', 'prose']
    ])
  })

  it('never reads IDs in fenced, indented or inline code, HTML comments or frontmatter', () => {
    for (const hidden of [
      'LF-CODE-001',
      'LF-INDENT-001',
      'LF-INLINE-001',
      'LF-HIDDEN-001',
      'LF-META-001'
    ]) {
      expect(ids).not.toContain(hidden)
    }
  })

  it('gives each citation the plain-text sentence it stands in', () => {
    expect(t.citations[0]!.sentence).toBe(
      'Lanternfish readers are stateless (see claim: LF-ARCH-001).'
    )
    expect(t.citations.find((c) => c.id === 'LF-PERF-001')!.sentence).toBe(
      'Cold read latency | 20-40 ms | LF-PERF-001'
    )
  })

  it('uses the configured pattern and a private copy of the RegExp', () => {
    const text = '# T\n\nSee ACME42 and ACME07.\n'
    expect(fromText({ 'README.md': text }).citations).toEqual([])
    const re = /\bACME\d{2}\b/g
    re.lastIndex = 99
    const x = parseTutorial('d', [{ path: 'd/README.md', text }], { claimId: re })
    expect(x.citations.map((c) => c.id)).toEqual(['ACME42', 'ACME07'])
    expect(re.lastIndex).toBe(99)
  })
})

describe('figures in the tutorial', () => {
  const fig = (text: string) => t.figures.find((f) => f.text === text)

  it('marks figures cited by their sentence, list item, table row or a following "see claim" sentence', () => {
    expect(fig('5,000 msgs/sec')?.cited).toBe(true) // same list item cites LF-ARCH-002
    expect(t.figures.find((f) => f.text === '20-40 ms' && f.line === 14)?.cited).toBe(true) // row
    expect(fig('3x')?.cited).toBe(true) // "See claim LF-COST-001." follows
    expect(fig('200 MB/s')?.cited).toBe(false) // row without a claim
    expect(fig('99.9%')?.cited).toBe(false)
    expect(t.figures.find((f) => f.text === '20-40 ms' && f.line === 3)?.cited).toBe(false)
  })

  it('keeps the kind, sentence and place of each figure', () => {
    expect(fig("11 9's")).toMatchObject({
      kind: 'nines',
      sentence: "Segments land in object storage with 11 9's durability.",
      file: `${LF}/01-concepts.md`,
      ...positionOf(concepts, "11 9's")
    })
    expect(fig('$0.02/GB')?.kind).toBe('money')
  })

  it('ignores figures in code', () => {
    expect(fig('10ms')).toBeUndefined()
    expect(fig('50%')).toBeUndefined()
    expect(fig('2x')).toBeUndefined()
  })
})

describe('images and links', () => {
  it('reads Markdown and HTML images, flags diagrams and treats mermaid blocks as diagrams', () => {
    expect(t.images.map((i) => [i.url, i.alt, i.title, i.diagram])).toEqual([
      [
        'images/architecture.png',
        'Architecture diagram of Lanternfish',
        'How the pieces fit',
        true
      ],
      ['images/team.jpg', 'Team photo', undefined, false],
      ['images/flow.svg', 'Write flow', undefined, true],
      [`mermaid:${LF}/01-concepts.md`, '', undefined, true]
    ])
    expect(t.images[0]).toMatchObject(positionOf(concepts, '![Architecture'))
    expect(t.images[3]).toMatchObject(positionOf(concepts, '```mermaid'))
  })

  it('reads inline and reference links with their text', () => {
    expect(t.links.map((l) => [l.text, l.url])).toEqual([
      ['LF-ARCH-002', 'https://claims.example/LF-ARCH-002'],
      ['registry', 'https://claims.example/registry']
    ])
  })
})

describe('blocks', () => {
  const blocks = t.chapters[1]!.blocks

  it('lists units in document order with their section', () => {
    expect(blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'list-item',
      'list-item',
      'table',
      'blockquote',
      'paragraph',
      'paragraph',
      'paragraph',
      'code',
      'code',
      'code',
      'paragraph',
      'paragraph'
    ])
    expect(blocks[3]).toMatchObject({ kind: 'paragraph', section: 'Durability by LF-DUR-001' })
    // three images on consecutive lines form one paragraph; its text is their alt text
    expect(blocks[10]!.text).toBe('Architecture diagram of Lanternfish Team photo')
    expect(blocks[0]).toMatchObject({ kind: 'heading', depth: 1, text: 'Concepts', line: 1 })
  })

  it('gives clean plain text: no Markdown syntax, single spaces', () => {
    expect(blocks[4]!.text).toBe(
      'Readers scale out in seconds, see LF-ARCH-002. Each one handles 5,000 msgs/sec.'
    )
    expect(blocks[7]!.text).toBe(
      'Lanternfish is LF-COMP-001 compatible with the Kafka wire protocol.'
    )
    for (const b of blocks.filter((x) => x.kind !== 'code')) {
      expect(b.text).not.toMatch(/\*\*|\]\(|`|\s{2}|^\s|\s$/)
    }
  })

  it('carries table cells and code languages', () => {
    expect(blocks[6]!.table).toEqual({
      header: ['Property', 'Value', 'Claim'],
      rows: [
        ['Cold read latency', '20-40 ms', 'LF-PERF-001'],
        ['Write throughput', '200 MB/s', '']
      ]
    })
    expect(blocks.filter((b) => b.kind === 'code').map((b) => b.lang)).toEqual([
      'mermaid',
      'yaml',
      undefined
    ])
    expect(blocks[12]!.text).toBe('# a code block is never a citation: LF-CODE-001\nlatency: 10ms')
  })

  it('makes nested list items their own blocks without repeating their text in the parent', () => {
    const x = fromText({ 'README.md': '# T\n\n- parent item\n  - child item\n' })
    expect(x.chapters[0]!.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'T'],
      ['list-item', 'parent item'],
      ['list-item', 'child item']
    ])
  })
})
