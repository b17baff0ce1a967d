// The phrase rules skip a text quickly when it lacks a phrase's longest word (src/guard/context.ts
// `phraseMatcher`, `foldCase`). The shortcuts must never skip a text the phrase's pattern matches.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { foldCase, phraseMatcher } from '../../src/guard/context.js'
import { ABSOLUTE_PHRASES } from '../../src/guard/rules/absolute-phrases.js'
import { ROADMAP_PHRASES } from '../../src/guard/rules/roadmap-phrases.js'

const PHRASES = [...ABSOLUTE_PHRASES, ...ROADMAP_PHRASES]
const matchers = PHRASES.map(phraseMatcher)

// pieces of the phrases in any case, the characters case-insensitive matching treats specially
// (Kelvin sign, long s, dotted capital I, sharp s), separators and other letters
const pieces = fc.constantFrom(
  ...PHRASES.flatMap((p) => p.split(/\s+/)),
  ...PHRASES.map((p) => p.toUpperCase()),
  '\u212a',
  'ſ',
  'İ',
  'ß',
  ' ',
  '-',
  '\u00a0',
  '\n\n',
  'x',
  'é'
)
const text = fc.array(pieces, { maxLength: 12 }).map((a) => a.join(''))

describe('phrase shortcuts', () => {
  it('keep every text a phrase pattern matches (property)', () => {
    let matched = 0
    fc.assert(
      fc.property(text, (t) => {
        const folded = foldCase(t)
        for (const m of matchers) {
          m.re.lastIndex = 0
          if (!m.re.test(t)) continue
          matched++
          expect(m.word.test(t)).toBe(true)
          expect(folded.includes(m.folded)).toBe(true)
        }
      }),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 2000) }
    )
    expect(matched).toBeGreaterThan(100)
  })

  it('fold the characters case-insensitive patterns treat as ASCII letters', () => {
    const guarantee = phraseMatcher('guarantees')
    const kelvin = phraseMatcher('takes')
    for (const [m, t] of [
      [guarantee, 'It GUARANTEEſ it.'],
      [kelvin, 'It ta\u212aes time.']
    ] as const) {
      expect(m.re.test(t)).toBe(true)
      expect(foldCase(t).includes(m.folded)).toBe(true)
    }
    // a word that is not printable ASCII gets no literal shortcut
    expect(phraseMatcher('straße').folded).toBe('')
  })
})
