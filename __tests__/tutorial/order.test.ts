import { describe, expect, it } from '@jest/globals'
import { RULES } from '../../src/rules.js'
import { FIXTURES, fixtureText, fromText, positionOf, readFixture } from './helpers.js'

const names = (files: { file: string }[], dir: string): string[] =>
  files.map((c) => c.file.slice(dir.length + 1))

describe('chapter order', () => {
  it('follows SUMMARY.md links, relative to the folder, skipping external links and repeats', () => {
    const t = readFixture('summary')
    const dir = `${FIXTURES}/summary`
    expect(names(t.chapters, dir)).toEqual([
      'README.md',
      'chapters/beta.md',
      'alpha.md',
      'part/README.md'
    ])
    // SUMMARY.md itself and files it does not list are not chapters
    expect(names(t.chapters, dir)).not.toContain('SUMMARY.md')
    expect(names(t.chapters, dir)).not.toContain('01-not-listed.md')
    expect(t.title).toBe('Harbor Lights Tutorial')
  })

  it('reports a SUMMARY.md entry pointing at a missing file at the link', () => {
    const t = readFixture('summary')
    expect(t.diagnostics).toHaveLength(1)
    const d = t.diagnostics[0]!
    expect(d.rule).toBe(RULES.tutorialStructure.id)
    expect(d.severity).toBe('error')
    expect(d.file).toBe(`${FIXTURES}/summary/SUMMARY.md`)
    const at = positionOf(fixtureText('summary/SUMMARY.md'), '[Gone]')
    expect({ line: d.line, column: d.column }).toEqual(at)
    expect(d.message).toContain('missing-chapter.md')
  })

  it('puts README.md first, then numbered chapters in numeric order, stray files last with a warning', () => {
    const t = readFixture('numbered')
    expect(names(t.chapters, `${FIXTURES}/numbered`)).toEqual([
      'README.md',
      '01-introduction.md',
      '2-setup.md',
      '9-deploy.md',
      '10-wrap-up.md',
      'appendix.md',
      'notes.md'
    ])
    expect(t.order).toBe('numbered')
    expect(t.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'tutorial/structure',
        severity: 'warning',
        file: `${FIXTURES}/numbered/appendix.md`,
        message: expect.stringMatching(/numbered\/appendix\.md, .*numbered\/notes\.md: read last/)
      })
    ])
  })

  it('reads numbered chapters without a README; title falls back to the first heading', () => {
    const t = readFixture('no-readme')
    expect(t.chapters.map((c) => c.title)).toEqual(['01-start.md', 'Second chapter title'])
    expect(t.title).toBe('Second chapter title')
    expect(t.diagnostics).toEqual([])
  })

  it('reads a lone unnumbered file as the only chapter', () => {
    const t = readFixture('empty')
    expect(names(t.chapters, `${FIXTURES}/empty`)).toEqual(['notes.md'])
    expect(t.order).toBe('single')
    expect(t.diagnostics).toEqual([])
  })

  it('reports an empty tutorial at <dir>:1:1', () => {
    const t = fromText({}, `${FIXTURES}/empty`)
    expect(t.chapters).toEqual([])
    expect(t.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'tutorial/structure',
        file: `${FIXTURES}/empty`,
        line: 1,
        column: 1,
        message: expect.stringContaining('empty tutorial')
      })
    ])
    expect(t.title).toBe('empty')
    expect(t.name).toBe('empty')
  })

  it('falls back to README + numbered order when SUMMARY.md lists nothing usable', () => {
    const t = fromText({
      'SUMMARY.md': '# Summary\n\n- [Site](https://example.com)\n',
      'README.md': '# Home\n',
      '03-c.md': '# C\n',
      '1-a.md': '# A\n'
    })
    expect(t.chapters.map((c) => c.title)).toEqual(['Home', 'A', 'C'])
  })

  it('uses the folder name as title when no chapter has a heading', () => {
    const t = fromText({ 'README.md': 'Just text.\n' }, 'guides/quiet-start/')
    expect(t.name).toBe('quiet-start')
    expect(t.title).toBe('quiet-start')
  })

  it('accepts a tutorial folder that is the working directory', () => {
    const t = fromText({ 'README.md': '# Root\n', '01-x.md': '# X\n' }, '.')
    expect(t.chapters.map((c) => c.file)).toEqual(['./README.md', './01-x.md'])
  })
})

describe('chapter order: layouts beyond numbered files', () => {
  const files = (t: { chapters: { file: string }[] }, dir = 'docs/demo') =>
    t.chapters.map((c) => c.file.slice(dir.length + 1))

  it('never reads outside the folder: a SUMMARY.md link that climbs out is reported, not followed', () => {
    const t = fromText({
      'README.md': '# Home\n',
      'SUMMARY.md': '# Summary\n\n- [Secrets](../../outside.md)\n- [One](one.md)\n',
      'one.md': '# One\n'
    })
    expect(files(t)).toEqual(['README.md', 'one.md'])
    expect(t.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'tutorial/structure',
        file: 'docs/demo/SUMMARY.md',
        line: 3,
        message: expect.stringContaining('outside the tutorial folder; not read')
      })
    ])
  })

  it('never reads outside docs_dir: a nav: entry that climbs out is a warning', () => {
    const t = fromText({
      'mkdocs.yml': 'site_name: Demo\nnav:\n  - Home: index.md\n  - Away: ../../../etc/hosts.md\n',
      'docs/index.md': '# Start\n'
    })
    expect(files(t)).toEqual(['docs/index.md'])
    expect(t.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ['warning', expect.stringContaining('outside docs; not read')]
    ])
  })

  it('says what it cannot order, naming the files, and still reads them', () => {
    const t = fromText({
      'README.md': '# Home\n',
      'setup.md': '# Setup\n',
      'deploy.md': '# Deploy\n'
    })
    expect(t.order).toBe('alphabetical')
    expect(files(t)).toEqual(['README.md', 'deploy.md', 'setup.md'])
    expect(t.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'tutorial/structure',
        severity: 'warning',
        message: expect.stringMatching(
          /cannot tell the reading order of docs\/demo\/deploy\.md, docs\/demo\/setup\.md/
        )
      })
    ])
  })

  it('brings in a file a chapter links to, right after that chapter', () => {
    const t = fromText({
      'README.md': '# Home\n',
      '01-a.md': '# A\n\nSee the [tips](extras/tips.md).\n',
      '02-b.md': '# B\n',
      'extras/tips.md': '# Tips\n',
      'extras/unused.md': '# Unused\n'
    })
    expect(files(t)).toEqual(['README.md', '01-a.md', 'extras/tips.md', '02-b.md'])
    expect(t.skipped).toEqual([
      {
        file: 'docs/demo/extras/unused.md',
        reason: 'in a folder without a number that no chapter links to'
      }
    ])
  })

  it('orders by sidebar_position or weight in front matter', () => {
    const t = fromText({
      'intro.md': '---\nsidebar_position: 1\n---\n# Intro\n',
      'later.md': '---\nweight: 30\n---\n# Later\n',
      'middle.md': '---\nsidebar_position: 2\n---\n# Middle\n'
    })
    expect(t.order).toBe('front-matter')
    expect(files(t)).toEqual(['intro.md', 'middle.md', 'later.md'])
  })

  it('reports front matter that is not YAML at its line, and reads the chapter anyway', () => {
    const t = fromText({ 'README.md': '---\ntitle: [unclosed\n---\n# Real title\n' })
    expect(t.title).toBe('Real title')
    expect(t.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'tutorial/structure',
        severity: 'warning',
        file: 'docs/demo/README.md',
        message: expect.stringContaining('front matter is not valid YAML')
      })
    ])
  })

  it('never takes a table-of-contents or chapter heading as the title', () => {
    expect(fromText({ 'README.md': '# Workshop outline\n', '01-x.md': '# Lab 1: X\n' }).title).toBe(
      'demo'
    )
    expect(fromText({ '01-prereq.md': '# Prerequisites\n', '02-x.md': '# Real\n' }).title).toBe(
      'demo'
    )
  })
})

describe('exercises: Step N only when the tutorial numbers its exercises so', () => {
  it('drops steps that start again in every chapter', () => {
    const t = fromText({
      'README.md': '# T\n',
      '01-a.md': '# A\n\n## Step 1\n\n## Step 2\n',
      '02-b.md': '# B\n\n## Step 1\n\n## Step 2\n'
    })
    expect(t.exercises).toEqual([])
  })

  it('drops steps inside a tutorial that has labelled exercises', () => {
    const t = fromText({ 'README.md': '# T\n\n## E10: Go\n\n### Step 1\n\n### Step 2\n' })
    expect(t.exercises.map((e) => e.id)).toEqual(['E10'])
  })
})
