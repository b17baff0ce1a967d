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
