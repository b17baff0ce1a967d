// src/gfm.ts parses with only the GFM extensions a text can use: no literal autolinks where the
// text holds no `@`, `&`, `www.` or `http(s)://` (backslashes taken out), no tables where it holds
// no `|`, `:-` or `-:`. The trees must be remark-gfm's exactly, positions included, for any text.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { gfmParser, MAY_HOLD_TABLE, mayHoldAutolinkLiteral } from '../../src/gfm.js'

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 500)
const full = unified().use(remarkParse).use(remarkGfm)
const fullFm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])
const parse = gfmParser()
const parseFm = gfmParser({ frontmatter: true })

describe('GFM parsed in parts', () => {
  it('finds literal autolinks wherever remark-gfm makes one, escapes and references included', () => {
    const links = [
      'see https://a.example/x',
      'HTTP://A.EXAMPLE',
      'www.a.example',
      'WwW.a.example',
      'mail ops@a.example',
      'mailto:ops@a.example',
      'www\\.a.example',
      'https\\://a.example',
      'ops&#64;a.example',
      '&#119;ww.a.example',
      'h&#116;tps://a.example',
      '- [x] task at www.a.example\n\n| a |\n| - |\n| www.b.example |'
    ]
    for (const text of links) {
      const tree = full.parse(text)
      expect(JSON.stringify(tree)).toContain('"type":"link"')
      expect(mayHoldAutolinkLiteral(text)).toBe(true)
      expect(parse(text)).toEqual(tree)
      expect(parseFm(text)).toEqual(fullFm.parse(text))
    }
  })

  it('takes the cheap way for plain prose, and gives the same tree', () => {
    const prose = [
      '# A draft\n\nThe consumer keeps up at 5,000 messages per second (`TP-PERF-001`).',
      '- one\n- two\n\n~~old~~ new[^1]\n\n[^1]: note',
      '[a link](./docs/a.md) and <b>bold</b> and `www.in.code` is code only'
    ]
    for (const text of prose.slice(0, 2)) {
      expect(mayHoldAutolinkLiteral(text)).toBe(false)
      expect(MAY_HOLD_TABLE.test(text)).toBe(false)
      expect(parse(text)).toEqual(full.parse(text))
    }
    // inline code can hold `www.` without a link: the check is on the raw text, so it goes the
    // full way, and still gives remark-gfm's tree
    expect(mayHoldAutolinkLiteral(prose[2]!)).toBe(true)
    expect(parse(prose[2]!)).toEqual(full.parse(prose[2]!))
  })

  it('gives remark-gfm’s tree for any mix of lines (property)', () => {
    // lines near every trigger: pieces of URLs, addresses, references, escapes and table rows
    const LINES = [
      'The cache holds 5 ms of writes.',
      'ww.w and w.ww and wwwx.y',
      'www',
      '.example.invalid/path',
      'http:/x and https:x and http//y',
      'ops at example dot invalid',
      'a \\@ b',
      'a @ b',
      '&amp; &#64; &#x40;',
      'Q&A',
      'www\\.a.b',
      'ht\\tp://a.b',
      'https://a.example/p?q=1',
      'mailto:ops',
      '| a | b |',
      '| - | - |',
      'a :-- b',
      '- item',
      '  - nested www',
      '1. step',
      '> quote',
      '```',
      '    code www.a.b',
      '`www.a.b`',
      '*emphasis* ~~strike~~ [x](y)',
      '- [ ] task',
      '[^1]: note',
      '---',
      'title: x',
      '',
      ''
    ]
    let cheap = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 24 }), (lines) => {
        const text = lines.join('\n')
        if (!mayHoldAutolinkLiteral(text)) cheap++
        expect(parse(text)).toEqual(full.parse(text))
        expect(parseFm(text)).toEqual(fullFm.parse(text))
      }),
      { numRuns: RUNS }
    )
    // the property would say nothing if every text went the full way
    expect(cheap).toBeGreaterThan(RUNS / 50)
  })

  it('gives remark-gfm’s tree character by character (property)', () => {
    const CHARS = [...'wwwhttps:/.@&#;64\\ \n|-*_~[]()<>a1x']
    let cheap = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        if (!mayHoldAutolinkLiteral(text)) cheap++
        expect(parse(text)).toEqual(full.parse(text))
      }),
      { numRuns: RUNS }
    )
    expect(cheap).toBeGreaterThan(RUNS / 50)
  })
})
