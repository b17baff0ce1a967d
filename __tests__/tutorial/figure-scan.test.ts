// findFigures tries its big pattern only where FIGURE_START says a figure can start
// (src/tutorial/scan.ts). That must find exactly what `text.matchAll(FIGURE_RE)` finds.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { FIGURE_RE, FIGURE_START } from '../../src/tutorial/figures.js'
import { matchAllAt } from '../../src/tutorial/scan.js'

const everywhere = (text: string) =>
  [...text.matchAll(new RegExp(FIGURE_RE.source, FIGURE_RE.flags))].map((m) => [m.index, ...m])
const atStarts = (text: string) =>
  [
    ...matchAllAt(
      new RegExp(FIGURE_RE.source, 'iuy'),
      new RegExp(FIGURE_START.source, FIGURE_START.flags),
      text
    )
  ].map((m) => [m.index, ...m])

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
  ...'é ß 中 ١٢ Ⅻ ⁵'.split(' ')
]

describe('figure scan only at possible starts', () => {
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
