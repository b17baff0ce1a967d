// Properties of the pure engine over arbitrary tutorials and registries (see arbitraries.ts):
// it never throws, every diagnostic is well-formed, drafts keep the contract's sections, and the
// same input always gives the same output.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { defaultConfig } from '../../src/config/types.js'
import { SECTIONS } from '../../src/drafts/types.js'
import { check, generate, type EngineInput, type GenerateResult } from '../../src/engine.js'
import type { Diagnostic } from '../../src/model.js'
import { RULE_IDS } from '../../src/rules.js'
import { draftPath, engineInput, markdown, markdownRegistry, yamlRegistry } from './arbitraries.js'

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary-ascii', maxLength: 120 })
)

function stringsInput(chapter: string, md: string, yml: string): EngineInput {
  return {
    tutorials: [{ dir: 'tut', files: [{ path: 'tut/01-a.md', text: chapter }] }],
    registry: [
      { path: 'claims/a.md', text: md },
      { path: 'claims/b.yaml', text: yml }
    ],
    config: defaultConfig()
  }
}
const SEVERITIES = ['error', 'warning', 'info']

/** Why a diagnostic is malformed, or undefined when it is fine. */
function malformed(d: Diagnostic): string | undefined {
  if (!RULE_IDS.includes(d.rule)) return `unknown rule ${d.rule}`
  if (!SEVERITIES.includes(d.severity)) return `bad severity ${d.severity}`
  if (typeof d.file !== 'string' || d.file === '') return 'no file'
  if (!Number.isInteger(d.line) || d.line < 1) return `line ${d.line}`
  if (!Number.isInteger(d.column) || d.column < 1) return `column ${d.column}`
  if (typeof d.message !== 'string' || d.message.trim() === '') return 'empty message'
  if (d.claim !== undefined && (typeof d.claim !== 'string' || d.claim === '')) return 'bad claim'
  return undefined
}

function everyDiagnostic(r: GenerateResult): Diagnostic[] {
  return [...r.diagnostics, ...r.drafts.flatMap((d) => d.diagnostics)]
}

function expectWellFormed(diagnostics: Diagnostic[]): void {
  const bad = diagnostics.map((d) => ({ d, why: malformed(d) })).filter((x) => x.why !== undefined)
  expect(bad).toEqual([])
}

/** The seven section headings, each exactly once as a line, in contract order. */
function sectionLines(markdownText: string): string[] {
  const wanted = new Set(SECTIONS.map((s) => `## ${s.heading}`))
  return markdownText.split('\n').filter((l) => wanted.has(l))
}

// generate() costs ~100 ms per tutorial even on tiny input (draft builder + guard), so the
// properties that call it run fewer times than the cheap ones; the whole folder stays < 30 s.
describe('engine properties', () => {
  it('never throws; diagnostics are well-formed; drafts keep the seven sections in order', () => {
    fc.assert(
      fc.property(engineInput, (input) => {
        const c = check(input)
        expectWellFormed(c.diagnostics)
        expect(c.summary.errors + c.summary.warnings + c.summary.infos).toBe(c.diagnostics.length)
        const g = generate(input, draftPath)
        expectWellFormed(everyDiagnostic(g))
        expect(g.drafts).toHaveLength(input.tutorials.length)
        for (const d of g.drafts) {
          expect(sectionLines(d.markdown)).toEqual(SECTIONS.map((s) => `## ${s.heading}`))
        }
      }),
      { numRuns: 40 }
    )
  })

  it('check() survives arbitrary strings as chapters and registry files', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (chapter, md, yml) => {
        expectWellFormed(check(stringsInput(chapter, md, yml)).diagnostics)
      }),
      { numRuns: 200 }
    )
  })

  it('generate() survives arbitrary strings as chapters and registry files', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (chapter, md, yml) => {
        expectWellFormed(everyDiagnostic(generate(stringsInput(chapter, md, yml), draftPath)))
      }),
      { numRuns: 20 }
    )
  })

  it('reads both registry formats without throwing; claims point into their file', () => {
    fc.assert(
      fc.property(markdownRegistry, yamlRegistry, markdown, (md, yml, chapter) => {
        const r = check({
          tutorials: [{ dir: 'tut', files: [{ path: 'tut/01-a.md', text: chapter }] }],
          registry: [
            { path: 'claims/a.md', text: md },
            { path: 'claims/b.yml', text: yml }
          ],
          config: defaultConfig(),
          coverage: true
        })
        expectWellFormed(r.diagnostics)
        for (const claim of r.registry.claims) {
          expect(['claims/a.md', 'claims/b.yml']).toContain(claim.file)
          expect(claim.line).toBeGreaterThanOrEqual(1)
          expect(claim.id).not.toBe('')
        }
      }),
      { numRuns: 200 }
    )
  })

  it('is deterministic: the same input twice gives identical drafts and diagnostics', () => {
    fc.assert(
      fc.property(engineInput, (input) => {
        const a = generate(structuredClone(input), draftPath)
        const b = generate(structuredClone(input), draftPath)
        expect(b.drafts.map((d) => d.markdown)).toEqual(a.drafts.map((d) => d.markdown))
        expect(JSON.stringify(b)).toBe(JSON.stringify(a))
        expect(JSON.stringify(check(structuredClone(input)))).toBe(
          JSON.stringify(check(structuredClone(input)))
        )
      }),
      { numRuns: 15 }
    )
  })
})
