// Parsing a file a stretch at a time (src/sections.ts, parseInPieces) must give exactly the tree
// of the whole file, positions included, for every Markdown construct that can meet a cut: lists
// whose items are separated by blank lines, a list item's later paragraphs and code, quotes,
// tables, indented and fenced code (with blank lines and heading-like lines inside), setext
// headings, thematic breaks, hard breaks. The pieces are made tiny here so that nearly every
// blank line is a cut candidate.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { blockPieces, parseInPieces, parseInRuns } from '../../src/sections.js'
import { gfmParser, mayHoldTable, remarkGfmWithoutAutolinks } from '../../src/gfm.js'
import { parseMarkdown } from '../../src/tutorial/index.js'

const tutorial = unified()
  .use(remarkParse)
  .use(remarkGfmWithoutAutolinks)
  .use(remarkFrontmatter, ['yaml'])
const draft = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

// Blocks of our own writing, each a few lines; joined with one or more blank lines (or none).
const BLOCKS = [
  'A paragraph that cites TP-ARCH-001 and takes 5 ms.',
  'A paragraph\nthat goes on over\ntwo more lines.',
  '# A heading',
  '## Step 2: tune the cache (10 min)',
  'Setext title\n============',
  'Another title\n---',
  '---',
  '***',
  '- one item\n- two items',
  '- a loose item',
  '  an indented paragraph of the item above',
  '    indented code, or a list item paragraph',
  '1. first\n2. second',
  '3) third',
  '* star item\n\n  its second paragraph',
  '> a quote\n> over two lines',
  '> another quote',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '| not a table |',
  '```sh\n# a comment, not a heading\n\nstill code\n```',
  '~~~\ncode without a closing fence',
  '````md\n```\nnested fence text\n```\n````',
  '```js\nlet x = 1\n```',
  '    indented code line one\n\n    indented code line two',
  'Line with a hard break  \nand its second line.',
  'Text with `inline code` and **bold** and a [link](https://example.com/a).',
  'See https://example.com/plain and www.example.com for more.',
  '+ plus item',
  '_emphasis at the start_ of a paragraph',
  '- [ ] a task\n- [x] a done task',
  '===',
  '10. tenth item',
  'Term with a trailing colon:',
  '\tA tab-indented line',
  '1. Run the build:\n   ```sh\n   make all\n   ```',
  '* a step\n   ```js\n```',
  '- a step with a fence\n  ~~~\n  # not a heading\n~~~'
]

const SEPARATORS = ['\n', '\n\n', '\n\n\n', '\n \n', '\n\t\n']

const document = fc
  .array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom(...SEPARATORS)), {
    minLength: 1,
    maxLength: 40
  })
  .chain((parts) =>
    fc.constantFrom('\n', '\r\n', '\r').map((eol) =>
      parts
        .map(([b, sep]) => b + sep)
        .join('')
        .replace(/\n/g, eol)
    )
  )

const whole =
  (p: typeof tutorial) =>
  (text: string): Root =>
    p.parse(text)

describe('parsing a stretch at a time', () => {
  it.each([
    ['the tutorial parser', tutorial],
    ['the draft parser', draft]
  ])('gives the whole-file tree with %s', (_name, p) => {
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 200 }), (text, size) => {
        expect(parseInPieces(whole(p), text, size)).toEqual(p.parse(text))
      }),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 400) }
    )
  })

  it('gives the whole-file tree parsed as runs, tables only where a run may hold one', () => {
    const choose = gfmParser({ frontmatter: true, autolinks: false })
    let split = 0
    fc.assert(
      fc.property(document, (text) => {
        const runs = parseInRuns(choose, text, mayHoldTable)
        expect(runs).toEqual(tutorial.parse(text))
        // the reader's own parse is this one
        expect(parseMarkdown(text, { whole: true })).toEqual(runs)
        const pieces = blockPieces(text, 0)
        if (pieces?.some((p) => mayHoldTable(p.text)) && pieces.some((p) => !mayHoldTable(p.text)))
          split++
      }),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 400) }
    )
    // many documents mixed runs with and without tables (one in six here): not only whole parses
    expect(split).toBeGreaterThan(Number(process.env['PROPERTY_RUNS'] ?? 400) / 10)
  })

  it('cuts between blocks after a blank line, not only at headings', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} of plain prose.\n`).join('\n')
    const pieces = blockPieces(text, 100)!
    expect(pieces.length).toBeGreaterThan(10)
    expect(pieces.map((p) => p.text).join('')).toBe(text)
    expect(pieces.every((p) => text.startsWith(p.text, p.offset))).toBe(true)
  })

  it('never cuts inside a list, a quote or a fenced code block', () => {
    const list = Array.from({ length: 30 }, (_, i) => `- item ${i}\n`).join('\n')
    const quote = Array.from({ length: 30 }, (_, i) => `> line ${i}\n`).join('>\n')
    const fence = `\`\`\`\n${Array.from({ length: 30 }, (_, i) => `line ${i}\n`).join('\n')}\`\`\`\n`
    for (const [block, cutBefore] of [
      [list, false],
      [quote, false],
      [fence, true]
    ] as const) {
      const text = `Before.\n\n${block}\nAfter.\n`
      const starts = blockPieces(text, 1)!.map((p) => p.line)
      const after = text.split('\n').indexOf('After.') + 1
      // the only cuts: before "After." (and before a fence, which cannot continue a paragraph)
      expect(starts).toEqual(cutBefore ? [1, 3, after] : [1, after])
    }
  })

  it('parses a file with HTML blocks, definitions or front matter whole', () => {
    for (const text of [
      'a\n\n<div>\n\nb\n\n</div>\n',
      'a\n\n[x]: https://example.com\n\nb [x]\n',
      '---\nt: 1\n---\n\na\n\nb\n'
    ]) {
      expect(blockPieces(text, 1)).toBeUndefined()
      expect(parseInPieces(whole(draft), text, 1)).toEqual(draft.parse(text))
    }
  })
})
