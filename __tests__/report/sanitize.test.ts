import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { htmlText, inlineText, neutralize } from '../../src/report/sanitize.js'
import { fenceLines } from './fixtures.js'

const parse = (md: string): Root => unified().use(remarkParse).use(remarkGfm).parse(md)
const MENTION = /@[A-Za-z0-9]/
const types = (md: string): string[] => {
  const out: string[] = []
  visit(parse(md), (n) => {
    out.push(n.type)
  })
  return out
}

/** What follows the content in our comment: it must stay a top-level HTML block. */
function closesOurDetails(content: string): boolean {
  const tree = parse(`<details>\n<summary>x</summary>\n\n${content}\n\n</details>\n`)
  const last: RootContent | undefined = tree.children[tree.children.length - 1]
  return last?.type === 'html' && last.value === '</details>'
}

describe('neutralize: mentions', () => {
  it.each([
    ['plain text', 'thanks @octocat for this'],
    ['a team', 'ping @acme/security-team now'],
    ['emphasis', 'see *@octocat* and **@hubot**'],
    ['link text', 'ask [@octocat](https://github.com/octocat)'],
    ['a table', '| who |\n| --- |\n| @octocat |'],
    ['a heading', '## Reviewed by @octocat'],
    ['inline code', 'run `npm i @scope/pkg`'],
    ['fenced code', '```\n@octocat\n```']
  ])('no working mention in %s', (_, input) => {
    const out = neutralize(input)
    expect(out).not.toMatch(MENTION)
    // still readable: only an invisible joiner was added
    expect(out.replace(/\u200D/g, '')).toContain('@')
  })

  it('keeps link destinations working by percent-encoding the @', () => {
    const out = neutralize('[post](https://medium.com/@author/post) and <https://medium.com/@a/b>')
    expect(out).toContain('https://medium.com/%40author/post')
    expect(out).toContain('<https://medium.com/%40a/b>')
    expect(types(out).filter((t) => t === 'link')).toHaveLength(2)
  })

  it('neutralizes e-mail addresses consistently (readable, not a mention)', () => {
    const out = neutralize('write to docs@example.com')
    expect(out).not.toMatch(MENTION)
    expect(out.replace(/\u200D/g, '')).toBe('write to docs@example.com')
  })
})

describe('neutralize: hidden marker', () => {
  it.each([
    ['plain', '<!-- tutorial-amplifier:default -->'],
    ['inline code', '`<!-- tutorial-amplifier:default -->`'],
    ['fenced code', '```html\n<!-- tutorial-amplifier:default -->\n```'],
    ['link title', '[x](https://e.com "<!-- tutorial-amplifier:default -->")'],
    ['entity form', '&lt;!-- tutorial-amplifier:default --&gt;'],
    ['no space', '<!--tutorial-amplifier:x-->']
  ])('cannot forge it in %s', (_, input) => {
    const out = neutralize(input)
    expect(out).not.toContain('<!--')
    expect(out).not.toMatch(/tutorial-amplifier:/i)
  })

  it('escapes a comment to a readable entity outside code', () => {
    expect(neutralize('a <!-- b --> c')).toBe('a &lt;!-- b --> c')
  })
})

describe('neutralize: HTML breakout', () => {
  it.each([
    '</details><script>alert(1)</script>',
    '</summary></details>\n\n<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<style>body{display:none}</style>',
    '<iframe src="https://evil.example"></iframe>',
    '</td></tr></table>',
    '- item\n\n  </details>'
  ])('cannot open or close HTML: %s', (input) => {
    const out = neutralize(input)
    expect(types(out)).not.toContain('html')
    expect(out).not.toMatch(/<\/?(details|summary|script|img|style|iframe|table|td|tr)/i)
    expect(closesOurDetails(out)).toBe(true)
  })

  it('keeps text readable and code untouched', () => {
    expect(neutralize('a <b> c')).toBe('a &lt;b> c')
    expect(neutralize('use `<div>` here')).toBe('use `<div>` here')
    expect(neutralize('```html\n<div>x</div>\n```')).toBe('```html\n<div>x</div>\n```')
    expect(neutralize('an escaped \\<b> too')).toBe('an escaped &lt;b> too')
    expect(neutralize('https://x.io/\\<script>')).toBe('https://x.io/&lt;script>')
    expect(neutralize('see <https://example.com/x>')).toBe('see <https://example.com/x>')
  })

  it('closes a fence the content leaves open, so our blocks after it are not swallowed', () => {
    const input = 'intro\n\n````js\nconst x = 1\n```\nstill code'
    const out = neutralize(input)
    expect(out).toBe(input + '\n````')
    expect(closesOurDetails(out)).toBe(true)
    expect(closesOurDetails(input)).toBe(false) // the danger is real
  })

  it('re-checks after escaping, as escaping can re-pair backticks', () => {
    // the backtick inside the tag pairs with the next one once the tag is escaped
    const shifted = neutralize('<a title="`">x `</details>` y')
    expect(types(shifted)).not.toContain('html')
    expect(closesOurDetails(shifted)).toBe(true)
    // an HTML comment hid a fence that appears once the comment is escaped
    expect(closesOurDetails(neutralize('<!--\n```'))).toBe(true)
    expect(types(`a ${inlineText('<a title="`">x `</details>` y')}`)).not.toContain('html')
  })

  it('leaves balanced fences alone', () => {
    const input = '~~~\ncode\n~~~\n\n```\nmore\n```'
    expect(neutralize(input)).toBe(input)
    expect(fenceLines(input) % 2).toBe(0)
    expect(fenceLines(neutralize('```\nopen'))).toBe(2)
  })
})

describe('inlineText and htmlText', () => {
  it('makes one line', () => {
    expect(inlineText(' a\n\n b \r\n c ')).toBe('a b c')
  })

  it('escapes for the inside of an HTML element', () => {
    expect(htmlText('</summary><b>"x" & @me\n')).toBe(
      '&lt;/summary&gt;&lt;b&gt;&quot;x&quot; &amp; @\u200Dme'
    )
  })
})

// Grammar of the pieces that matter, so fast-check finds combinations quickly.
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<!--',
        '<',
        '!',
        '-',
        '>',
        '@',
        'a',
        'Z',
        '9',
        '/',
        '`',
        '```',
        '~~~',
        '\n',
        '\n\n',
        '    ',
        ' ',
        '[',
        ']',
        '(',
        ')',
        '\\',
        '|',
        '*',
        '_',
        '#',
        '- ',
        '> ',
        '1. ',
        ':',
        'tutorial-amplifier',
        'https://x.io/',
        '</details>',
        '<script>',
        'mailto:',
        '"',
        '<a x="`">',
        '<https://a.b/>',
        'www.x.com',
        'a@b.co',
        '![',
        ']: ',
        '\t'
      ),
      fc.string({ maxLength: 4 })
    ),
    { maxLength: 40 }
  )
  .map((parts) => parts.join(''))

describe('properties', () => {
  it('neutralized text never holds a comment opener, a mention or our marker text', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string(), fc.string({ unit: 'grapheme' })), (s) => {
        for (const out of [neutralize(s), inlineText(s), htmlText(s)]) {
          expect(out).not.toContain('<!--')
          expect(out).not.toMatch(MENTION)
          expect(out).not.toMatch(/tutorial-amplifier:/i)
        }
      }),
      { numRuns: 800 }
    )
  })

  it('neutralized content can never swallow or close our <details>', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = neutralize(s)
        expect(closesOurDetails(out)).toBe(true)
        expect(types(out)).not.toContain('html')
        expect(types(`a ${inlineText(s)}`)).not.toContain('html')
      }),
      { numRuns: 800 }
    )
  })
})
