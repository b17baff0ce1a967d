import { describe, expect, it } from '@jest/globals'
import { missingSection } from '../../src/guard/rules/missing-section.js'
import { draftText, run, where } from './helpers.js'

describe('draft/missing-section', () => {
  it('accepts a draft with every section in order', () => {
    expect(run(missingSection, draftText())).toEqual([])
  })

  it('reports a missing section where it should have been', () => {
    const text = draftText().replace('## Talk Abstract\n', '')
    const out = run(missingSection, text)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({
      rule: 'draft/missing-section',
      severity: 'error',
      file: 'drafts/demo.draft.md',
      ...where(text, '## Open Questions')
    })
    expect(out[0]?.message).toContain('"## Talk Abstract"')
    expect(out[0]?.message).toContain('after "## GitHub README Snippet"')
  })

  it('reports a missing last section after the previous one', () => {
    const text = draftText().replace(/## Amplification Checklist\n\nText\.\n/, '')
    const out = run(missingSection, text)
    expect(out).toHaveLength(1)
    expect(out[0]?.line).toBeGreaterThan(where(text, '## Open Questions').line)
    expect(out[0]?.line).toBeLessThanOrEqual(text.split('\n').length)
  })

  it('reports every section at 1:1 in a draft without sections', () => {
    const out = run(missingSection, '# Just a title\n\nSome text.\n')
    expect(out).toHaveLength(7)
    expect(out.every((d) => d.line === 1 && d.column === 1)).toBe(true)
  })

  it('points at a look-alike heading and says the heading must be exact', () => {
    const text = draftText().replace('## LinkedIn Draft', '## LinkedIn draft')
    const out = run(missingSection, text)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject(where(text, '## LinkedIn draft'))
    expect(out[0]?.message).toContain('"## LinkedIn draft"')
  })

  it('flags sections out of order, naming where they belong', () => {
    const text = draftText({ linkedin: 'L body.', 'blog-outline': 'B body.' })
      .replace('## LinkedIn Draft\n\nL body.', '## TMP')
      .replace('## Medium / Blog Outline\n\nB body.', '## LinkedIn Draft\n\nL body.')
      .replace('## TMP', '## Medium / Blog Outline\n\nB body.')
    const out = run(missingSection, text)
    expect(out).toHaveLength(1)
    expect(out[0]?.message).toMatch(/out of order/)
    expect(out[0]?.message).toContain('"## LinkedIn Draft"')
    expect(out[0]?.message).toContain('after "## Core Story Summary"')
    expect(out[0]).toMatchObject(where(text, '## LinkedIn Draft'))
  })
})
