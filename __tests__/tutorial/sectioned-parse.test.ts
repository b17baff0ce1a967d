// A chapter over SECTIONED_PARSE_CHARS is parsed one heading section at a time (src/sections.ts)
// so its peak memory stays bounded; the tree must be exactly the whole-file parse, positions
// included.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parseMarkdown, SECTIONED_PARSE_CHARS } from '../../src/tutorial/index.js'
import { headingSections } from '../../src/sections.js'

const DIR = 'examples/tidepool-quickstart'
const chapters = ['02-local-demo.md', '03-client-configuration.md', '04-kubernetes-deploy.md']
  .map((f) => readFileSync(path.join(DIR, f), 'utf8'))
  .join('\n\n')

/** The example chapters (fences, lists, tables, headings) repeated past the threshold. */
function big(eol = '\n'): string {
  let out = `# Big chapter${eol}${eol}`
  while (out.length <= SECTIONED_PARSE_CHARS) out += chapters.replace(/\n/g, eol) + eol + eol
  return out
}

describe('parsing a big chapter section by section', () => {
  it('cuts the chapter into many sections', () => {
    expect(headingSections(big())?.length).toBeGreaterThan(50)
  })

  it.each([
    ['\\n', '\n'],
    ['\\r', '\r']
  ])('gives the whole-file tree, positions included (%s line endings)', (_name, eol) => {
    const text = big(eol)
    expect(parseMarkdown(text)).toEqual(parseMarkdown(text, { whole: true }))
  })

  it('never cuts at a heading line inside a fenced code block', () => {
    const fenced = '```sh\n# a shell comment, not a heading\n```\n\n'
    const text = `# T\n\n${fenced.repeat(Math.ceil(SECTIONED_PARSE_CHARS / fenced.length) + 1)}## End\n`
    expect(headingSections(text)?.map((s) => s.line)).toEqual([1, text.split('\n').length - 1])
    expect(parseMarkdown(text)).toEqual(parseMarkdown(text, { whole: true }))
  })
})
