// findFigures tries its big pattern only where FIGURE_START says a figure can start
// (src/tutorial/scan.ts), and without the `i` flag over text folded as `iu` would fold it
// (`foldForFigures`). That must find exactly what `text.matchAll(FIGURE_RE)` finds: the same
// offsets, lengths and alternatives.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { FIGURE_RE, figureMatches, foldForFigures } from '../../src/tutorial/figures.js'

const everywhere = (text: string) =>
  [...text.matchAll(new RegExp(FIGURE_RE.source, FIGURE_RE.flags))].map((m) => [
    m.index,
    m[0].length,
    m.findIndex((g, i) => i > 0 && g !== undefined)
  ])
const atStarts = (text: string) => [...figureMatches(text)]

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n)
    return statSync(p).isDirectory() ? markdownFiles(p) : /\.(md|ya?ml)$/i.test(n) ? [p] : []
  })
}

const TOKENS = [
  ...'0 1 7 9 10 12 99 1,000 3.5 2025 $ € £ % × x - – — / . , : ( ) _ \n'.split(' '),
  ' ',
  ' ',
  ' ',
  ...'ms s sec seconds min minutes h hours days GB MiB MB/s rps qps msgs/sec per second times faster'.split(
    ' '
  ),
  ...'one two three five eleven twelve Eleven TWELVE ſix nines 9s 9’s v V version Release ports port'.split(
    ' '
  ),
  ...'four seven eight nine ten Ten ſeven PORTS VERSION releaſe tens often seventy'.split(' '),
  ...'to usd dollars k million bn records writes the latency p99 timeout every E10 KS-PERF-001'.split(
    ' '
  ),
  ...'é ß 中 ١٢ Ⅻ ⁵'.split(' '),
  // what `iu` matches to the pattern's letters beyond A–Z: long s, Kelvin sign, capital mu; and
  // look-alikes it does not (dotted and dotless i, Greek small mu beside the micro sign)
  ...'ſ \u212A \u212AB \u212Abps \u039Cs µs μs MS İ ı 5\u212A 10\u039Cs ſec'.split(' ')
]

describe('figure scan only at possible starts', () => {
  it('folds only what the pattern needs folded, keeping every offset', () => {
    // the pattern's own letters are lower case (outside \p{…} property names)
    expect(FIGURE_RE.source.replace(/\\[pP]\{[^}]*\}/g, '')).not.toMatch(/[A-Z\u039C]/)
    const text = 'Ünïcode 5 \u212AB at 10 \u039Cs, ſix İı ÀÉ ẞ Σ'
    const folded = foldForFigures(text)
    expect(folded).toHaveLength(text.length)
    expect(folded).toBe('Ünïcode 5 kb at 10 μs, six İı ÀÉ ẞ Σ')
  })

  it('finds what matchAll finds in every example, fixture and registry file', () => {
    const files = [
      ...markdownFiles('examples'),
      ...markdownFiles('__tests__/tutorial/fixtures'),
      ...markdownFiles('__tests__/fixtures')
    ]
    expect(files.length).toBeGreaterThan(20)
    let matches = 0
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      const want = everywhere(text)
      matches += want.length
      expect({ f, got: atStarts(text) }).toEqual({ f, got: want })
    }
    expect(matches).toBeGreaterThan(50)
  })

  it('finds what matchAll finds in random text made of figure-like tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), (parts) => {
        const text = parts.join('')
        expect(atStarts(text)).toEqual(everywhere(text))
      }),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 3000) }
    )
  })

  it('finds what matchAll finds in arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(atStarts(text)).toEqual(everywhere(text))
      }),
      { numRuns: 1000 }
    )
  })
})
