// The phrase rules skip a text quickly when it lacks a phrase's longest word (src/guard/context.ts
// `phraseMatcher`, `foldCase`), and glossary terms are matched in one scan of joined texts
// (src/guard/prose.ts `scanTexts`). Neither shortcut may change what is found.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { phraseMatcher } from '../../src/guard/context.js'
import { foldCase, joinTexts, scanTexts } from '../../src/guard/prose.js'
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

  it('scanTexts finds, text by text, what one matchAll per text finds (property)', () => {
    // the shapes of the glossary term patterns (src/guard/context.ts termPattern)
    const patterns = [
      /(?<![\p{L}\p{N}_-])q-?u-?e-?u-?e(?:['’]s|es|s)?(?![\p{L}\p{N}_])/giu,
      /(?<![\p{L}\p{N}_-])query(?:[\s\u00a0]+|-)?node(?:['’]s|es|s)?(?![\p{L}\p{N}_])/giu
    ]
    const piece = fc.constantFrom(
      ...['queue', 'que-ue', 'Queues', 'query', 'node', 'nodes', "node's", ' ', '\n', '-', 's'],
      ...['x', '\u0000', '\u00a0', '😀', '\ud800', '\udc00', 'é', '_']
    )
    const texts = fc.array(
      fc.array(piece, { maxLength: 8 }).map((a) => a.join('')),
      { maxLength: 8 }
    )
    let joined = 0
    fc.assert(
      fc.property(texts, (ts) => {
        const j = joinTexts(ts)
        if (j.joinable) joined++
        for (const re of patterns) {
          const expected: [number, number, string][] = []
          ts.forEach((t, i) => {
            for (const m of t.matchAll(re)) expected.push([i, m.index, m[0]])
          })
          const got: [number, number, string][] = []
          scanTexts(j, re, (i, index, m) => got.push([i, index, m[0]]))
          expect(got).toEqual(expected)
        }
      }),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 2000) }
    )
    expect(joined).toBeGreaterThan(100)
  })
})
