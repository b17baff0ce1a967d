// The tutorial reader parses GFM without literal autolinks (src/tutorial/gfm.ts). What it reads
// from a chapter — blocks, headings, citations, figures, images, glossary, exercises, times —
// must be what it read with remark-gfm in full; only link records of bare URLs may go.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { claimIdRegExp, DEFAULT_CLAIM_ID_PATTERN } from '../../src/config/types.js'
import { emptyCollected, readChapter } from '../../src/tutorial/chapter.js'
import { parseMarkdown } from '../../src/tutorial/index.js'
import { remarkGfmWithoutAutolinks } from '../../src/gfm.js'
import fc from 'fast-check'

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

function read(text: string, tree: Root) {
  const out = emptyCollected()
  const chapter = readChapter({ path: 'x/01-a.md', text }, tree, {
    isReadme: false,
    claimId: claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN),
    out,
    exerciseIds: new Set()
  })
  const { links, ...rest } = out
  return { chapter, rest, links }
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n)
    return statSync(p).isDirectory() ? markdownFiles(p) : /\.md$/i.test(n) ? [p] : []
  })
}

const SAMPLE = [
  '# Bare links',
  '',
  'Docs at https://docs.example.invalid/guide?x=1, mirror www.example.invalid/a_b_c and',
  'mail ops@example.invalid. Latency stays under 10 ms (see claim: **KS-PERF-001**).',
  '',
  '| Setting | Value |',
  '| --- | --- |',
  '| endpoint | http://localhost:8080/v1 |',
  '| retries | 3 |',
  '',
  '- [x] done ~~old~~ new www.example.invalid',
  '- [ ] todo[^1]',
  '',
  '[^1]: A footnote with https://example.invalid/f.',
  ''
].join('\n')

describe('tutorial GFM without literal autolinks', () => {
  it('reads tables, task lists, strikethrough and footnotes as remark-gfm does', () => {
    const a = read(SAMPLE, full.parse(SAMPLE) as Root)
    const b = read(SAMPLE, parseMarkdown(SAMPLE))
    expect(b.chapter).toEqual(a.chapter)
    expect(b.rest).toEqual(a.rest)
    expect(b.chapter.blocks.map((x) => x.kind)).toEqual([
      'heading',
      'paragraph',
      'table',
      'list-item',
      'list-item',
      'paragraph'
    ])
    expect(b.rest.citations.map((c) => c.id)).toEqual(['KS-PERF-001'])
    // the bare URLs were links with remark-gfm; written links are links either way
    expect(a.links.length).toBeGreaterThan(b.links.length)
  })

  it('reads every example and fixture chapter the same as with remark-gfm', () => {
    const files = [
      ...markdownFiles('examples/tidepool-quickstart'),
      ...markdownFiles('__tests__/tutorial/fixtures'),
      ...markdownFiles('__tests__/fixtures/tutorials')
    ]
    expect(files.length).toBeGreaterThan(15)
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      const a = read(text, full.parse(text) as Root)
      const b = read(text, parseMarkdown(text))
      expect({ f, chapter: b.chapter, rest: b.rest }).toEqual({
        f,
        chapter: a.chapter,
        rest: a.rest
      })
    }
  })

  it('parses text that can hold no table to the tree the table extension gives', () => {
    const withTables = unified()
      .use(remarkParse)
      .use(remarkGfmWithoutAutolinks)
      .use(remarkFrontmatter, ['yaml'])
    // table-like lines with every | taken out, and the rest of what a chapter holds; a line with
    // `:-` or `-:` (a one-column table's delimiter row) makes the text one that may hold a table
    const LINES = [
      'a | b'.replace('|', ''),
      '--- ---',
      ':-- --:',
      '-',
      '- item',
      '  - nested',
      '1. step',
      '> quote',
      'Heading',
      '===',
      '## Step 2',
      '```',
      '    code',
      'text with ~~strike~~ and a task [x]',
      '- [ ] task',
      '[^1]: note',
      'see [^1]',
      '---',
      'title: x',
      '',
      '',
      ':---:',
      '--:',
      ': -',
      '- :',
      'a :- b',
      '-- : --',
      'a\\b',
      '<div>',
      '*emphasis* `code` [link](https://example.invalid)'
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), (lines) => {
        const text = lines.join('\n')
        expect(parseMarkdown(text, { whole: true })).toEqual(withTables.parse(text))
      }),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 500) }
    )
    // and character by character, from what delimiter rows, lists and breaks are made of
    const CHARS = [
      '-',
      '-',
      ':',
      ' ',
      ' ',
      '\t',
      '\n',
      '\n',
      'a',
      '>',
      '*',
      '1',
      '.',
      '`',
      '#',
      '='
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        expect(parseMarkdown(text, { whole: true })).toEqual(withTables.parse(text))
      }),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 500) }
    )
    // tables with a | and one-column tables without one are read as before
    for (const table of ['| a |\n| - |\n| 1 |\n', 'a\n:--\nb\n', 'a\n--:\n']) {
      expect(parseMarkdown(table).children[0]?.type).toBe('table')
    }
  })
})
