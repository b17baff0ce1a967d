// The guard against the real sample tutorial and registry: every planted overclaim in the
// hand-written fixture draft is found on its line, and the tutorial's own text is clean.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { guardDraft } from '../../src/guard/index.js'
import { absoluteLanguage } from '../../src/guard/rules/absolute-language.js'
import { terminology } from '../../src/guard/rules/terminology.js'
import type { SourceFile } from '../../src/model.js'
import { CLAIM_ID, run, sample } from './helpers.js'

const { files: tutorialFiles, tutorial, registry } = sample()
const DRAFT_PATH = '__tests__/fixtures/drafts/tidepool-quickstart.draft.md'
const draft: SourceFile = { path: DRAFT_PATH, text: readFileSync(DRAFT_PATH, 'utf8') }
const expected = JSON.parse(
  readFileSync('__tests__/fixtures/drafts/tidepool-quickstart.expected.json', 'utf8')
) as { rule: string; line: number; text: string }[]

describe('guard on the tidepool fixture draft', () => {
  const found = guardDraft(draft, tutorial, registry, { claimId: CLAIM_ID, strict: false })
  const lines = draft.text.split('\n')

  it.each(expected.map((e) => [e.rule, e.line, e.text] as const))(
    '%s on line %i: %s',
    (rule, line, text) => {
      const hit = found.find((d) => d.rule === rule && d.line === line && d.message.includes(text))
      expect(hit).toBeDefined()
      expect(hit?.file).toBe(DRAFT_PATH)
      if (rule !== 'draft/length') {
        // the exact column of the offending text, not the start of the line
        expect(hit?.column).toBe((lines[line - 1] ?? '').indexOf(text) + 1)
      }
    }
  )

  it('reports nothing that was not planted', () => {
    const planted = (d: { rule: string; line: number }) =>
      expected.some((e) => e.rule === d.rule && e.line === d.line)
    const extra = found.filter((d) => !planted(d))
    expect(extra).toEqual([])
  })

  it('finds the untraced figures as errors under strict', () => {
    const strict = guardDraft(draft, tutorial, registry, { claimId: CLAIM_ID, strict: true })
    const figures = strict.filter((d) => d.rule === 'draft/untraced-figure')
    expect(figures.length).toBe(expected.filter((e) => e.rule === 'draft/untraced-figure').length)
    expect(figures.every((d) => d.severity === 'error')).toBe(true)
  })

  it("finds no absolute language or terminology problems in the tutorial's own text", () => {
    for (const file of tutorialFiles) {
      const own = [
        ...run(absoluteLanguage, file.text, tutorial, registry),
        ...run(terminology, file.text, tutorial, registry)
      ]
      expect({ file: file.path, own }).toEqual({ file: file.path, own: [] })
    }
  })
})
