// Big Markdown registry files are parsed one heading section at a time when that is safe
// (src/claims/markdown.ts, headingSections). The entries must be exactly those of a parse of
// the whole file: same IDs, fields, bullets and lines.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { registryFiles, CLAIM_ID_PATTERN } from '../../bench/corpus.mjs'
import { claimIdRegExp, DEFAULT_CLAIM_ID_PATTERN } from '../../src/config/types.js'
import { idMatcher } from '../../src/claims/ids.js'
import { headingSections, readMarkdownEntries } from '../../src/claims/markdown.js'

const ks = idMatcher(claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN))
const same = (text: string, ids = ks) =>
  expect(readMarkdownEntries('r.md', text, ids)).toEqual(
    readMarkdownEntries('r.md', text, ids, { whole: true })
  )

describe('registry files parsed section by section', () => {
  it('reads the bench registry (1,200 claims) the same, in sections', () => {
    const ids = idMatcher(claimIdRegExp(CLAIM_ID_PATTERN))
    const { files } = registryFiles(7, 1200)
    let entries = 0
    for (const [name, text] of files) {
      if (/readme/i.test(name)) continue
      expect(headingSections(text)?.length).toBeGreaterThan(10)
      const got = readMarkdownEntries(name, text, ids)
      expect(got).toEqual(readMarkdownEntries(name, text, ids, { whole: true }))
      entries += got.length
    }
    expect(entries).toBe(1200)
  })

  it('reads the example registry the same', () => {
    for (const name of readdirSync('examples/claims')) {
      if (!name.endsWith('.md')) continue
      same(readFileSync(path.join('examples/claims', name), 'utf8'))
    }
  })

  it('reads a heading inside a fence as code, not as a cut', () => {
    const text = '## KS-ARCH-001\n\n```\n## KS-ARCH-002\n```\n\n## KS-ARCH-003\n'
    expect(headingSections(text)?.map((s) => s.line)).toEqual([1, 7])
    same(text)
  })

  it('parses whole a file whose indented fence may end with a list item', () => {
    // the fence belongs to the list item, which the unindented ``` ends: that line opens a new
    // fence, which runs to the end and swallows the heading (found by the property below)
    const text = '* star bullet\n   ```js\n```\n## KS-ARCH-001'
    expect(headingSections(text)).toBeUndefined()
    same(text)
    // an indented fence closed at its own indentation still allows the cut
    const closed = '* star bullet\n   ```js\n   x\n   ```\n## KS-ARCH-001\n'
    expect(headingSections(closed)?.map((s) => s.line)).toEqual([1, 5])
    same(closed)
  })

  it('falls back to the whole file for HTML, definitions and front matter', () => {
    for (const text of [
      '## KS-ARCH-001\n\n<div>\n\n## KS-ARCH-002\n</div>\n',
      '## KS-ARCH-001\n\n**Evidence:**\n- [doc][d]\n\n## KS-ARCH-002\n\n[d]: https://example.invalid\n',
      '---\ntitle: x\n---\n## KS-ARCH-001\n'
    ]) {
      expect(headingSections(text)).toBeUndefined()
      same(text)
    }
  })

  it('reads random registry-like files the same', () => {
    const line = fc.constantFrom(
      '## KS-ARCH-001',
      '## KS-PERF-002',
      '## KS-PERF-002 ##',
      '  ## KS-LIMIT-003',
      '    ## KS-COMP-004',
      '### KS-ARCH-005',
      '# Title',
      '#',
      '## Rules',
      '#hashtag',
      '**Claim:** Brokers keep no state.',
      '**Status:** Verified',
      '**Status**: Draft',
      '**Evidence:**',
      '**Limitations:**',
      '- a bullet with https://example.invalid/x',
      '  - a nested bullet',
      '* star bullet',
      '1. numbered',
      '> quoted **Claim:** text',
      '    indented code',
      'plain text line',
      'Setext heading',
      '===',
      '---',
      '',
      '',
      '## KS-ARCH-001\r',
      '```',
      '~~~~',
      '   ```js',
      '``` not `a` fence',
      'text with a trailing break  '
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => same(lines.join('\n'))),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 400) }
    )
  })
})
